package dev.arxivdigest.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One paper, once, across every day and source, as {@link dev.arxivdigest.archive.UniquePaper}
 * gives it: the first sighting's content, every sighting in (date, source, document) order, and
 * every category of every sighting.
 *
 * <p>A Java bean for Spark's bean encoder: mutable, not thread-safe.
 *
 * @serial exclude
 */
public class UniquePaperRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String id;
    private String idKind;
    private PaperRow paper = new PaperRow();
    private List<SightingRow> sightings = List.of();
    private List<String> categories = List.of();

    /** An empty row, for the encoder. */
    public UniquePaperRow() {
    }

    /** {@return the paper's identifier; null for a paper with no link and no record, which is its own unique paper} */
    public String getId() {
        return id;
    }

    /** @param id the paper's identifier, or null */
    public void setId(String id) {
        this.id = id;
    }

    /** {@return the identifier's kind ({@code ARXIV}, {@code DOI}, {@code LINK}); null without identifier} */
    public String getIdKind() {
        return idKind;
    }

    /** @param idKind the identifier's kind, or null */
    public void setIdKind(String idKind) {
        this.idKind = idKind;
    }

    /** {@return the paper as its first sighting shows it} */
    public PaperRow getPaper() {
        return paper;
    }

    /** @param paper the paper as its first sighting shows it */
    public void setPaper(PaperRow paper) {
        this.paper = paper;
    }

    /** {@return every sighting, in (date, source, document) order; the first is the paper's} */
    public List<SightingRow> getSightings() {
        return sightings;
    }

    /** @param sightings every sighting, in order */
    public void setSightings(List<SightingRow> sightings) {
        this.sightings = sightings;
    }

    /** {@return every category of every sighting, in order of first appearance} */
    public List<String> getCategories() {
        return categories;
    }

    /** @param categories every category of every sighting */
    public void setCategories(List<String> categories) {
        this.categories = categories;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UniquePaperRow u && Objects.equals(id, u.id) && Objects.equals(idKind, u.idKind)
                && Objects.equals(paper, u.paper) && Objects.equals(sightings, u.sightings)
                && Objects.equals(categories, u.categories);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, idKind, paper, sightings, categories);
    }

    @Override
    public String toString() {
        return (id == null ? "(no id)" : id) + " x" + sightings.size();
    }
}
