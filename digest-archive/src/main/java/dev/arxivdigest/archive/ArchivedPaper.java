package dev.arxivdigest.archive;

import dev.arxivdigest.json.JsonValue.JsonObject;
import dev.arxivdigest.json.PaperRecord;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.PaperId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A paper of an archive: the paper as its digest shows it, where it was seen, and the record it
 * was generated from, when the day has one.
 *
 * <p>The paper's values are exactly as the markdown writes them; the record adds what the markdown
 * never shows ({@link #pdf()}, {@link #comment()}, {@link #categories()}, code links, a fork's own
 * keys). For a day with records only, the paper is built from its record.
 *
 * <p>Immutable and thread-safe.
 *
 * @param paper the paper
 * @param sighting where it was seen
 * @param record the record joined to it by identifier, if the day has one for it
 */
public record ArchivedPaper(Paper paper, Sighting sighting, Optional<PaperRecord> record) {

    /**
     * Validates.
     *
     * @param paper the paper
     * @param sighting where it was seen
     * @param record the record joined to it by identifier, if the day has one for it
     * @throws NullPointerException if a component is null
     */
    public ArchivedPaper {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(sighting, "sighting");
        Objects.requireNonNull(record, "record");
    }

    /** {@return the paper's identifier: the paper's own, else its record's} */
    public Optional<PaperId> id() {
        Optional<PaperId> id = paper.id();
        return id.isPresent() ? id : record.flatMap(PaperRecord::paperId);
    }

    /** {@return every category, main first: the record's, else those the paper's category line shows} */
    public List<String> categories() {
        List<String> all = record.map(PaperRecord::categories).orElse(List.of());
        if (!all.isEmpty()) {
            return all;
        }
        return paper.categories();
    }

    /** {@return the PDF link, from the record} */
    public Optional<String> pdf() {
        return record.flatMap(PaperRecord::pdf);
    }

    /** {@return arXiv's comment, from the record} */
    public Optional<String> comment() {
        return record.flatMap(PaperRecord::comment);
    }

    /** {@return the link to the paper's code, from the record} */
    public Optional<String> codeUrl() {
        return record.flatMap(PaperRecord::codeUrl);
    }

    /** {@return the code repository's stars, from the record} */
    public OptionalLong codeStars() {
        return record.isPresent() ? record.get().codeStars() : OptionalLong.empty();
    }

    /** {@return the record's keys that upstream does not write (a fork's own), in order; empty without a record} */
    public JsonObject recordExtras() {
        return record.map(PaperRecord::extras).orElse(JsonObject.EMPTY);
    }
}
