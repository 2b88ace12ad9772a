package dev.arxivdigest.archive;

import dev.arxivdigest.model.PaperId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One paper, once, with every place it was seen.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the paper's identifier; empty for a paper with no link and no record (which cannot be
 *     matched, so it is its own unique paper)
 * @param content the sighting whose content stands for the paper: the first, unless the caller
 *     asked for the latest
 * @param sightings every sighting, in (date, source, document) order
 * @param categories every category of every sighting (its record's categories, else the one it was
 *     listed under), in order of first appearance: a paper cross-listed later has the new ones too
 */
public record UniquePaper(Optional<PaperId> id, ArchivedPaper content, List<Sighting> sightings, List<String> categories) {

    /**
     * Validates and copies.
     *
     * @param id the paper's identifier; empty for a paper with no link and no record (which cannot be matched, so it is its own unique paper)
     * @param content the sighting whose content stands for the paper: the first, unless the caller asked for the latest
     * @param sightings every sighting, in (date, source, document) order
     * @param categories every category of every sighting (its record's categories, else the one it was listed under), in order of first appearance: a paper cross-listed later has the new ones too
     * @throws NullPointerException if a component or element is null
     * @throws IllegalArgumentException if there is no sighting
     */
    public UniquePaper {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        sightings = List.copyOf(sightings);
        categories = List.copyOf(categories);
        if (sightings.isEmpty()) {
            throw new IllegalArgumentException("a paper is seen at least once");
        }
    }

    /** {@return the first sighting} */
    public Sighting first() {
        return sightings.get(0);
    }

    /** {@return the latest sighting} */
    public Sighting latest() {
        return sightings.get(sightings.size() - 1);
    }

    /** Which sighting's content stands for a paper seen more than once. */
    public enum Content {
        /** The first sighting's. */
        FIRST,
        /** The latest sighting's. */
        LATEST
    }
}
