package dev.arxivdigest.archive;

import dev.arxivdigest.json.PaperRecord;
import dev.arxivdigest.model.Digest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One opened day of one source: its papers joined with their records, the records its digest does
 * not show, and every problem found in its files.
 *
 * <p>Immutable and thread-safe.
 *
 * @param day the day as listed
 * @param digest the parsed markdown digest, if the day has one that could be read
 * @param papers the papers in document order (record order for a day with records only)
 * @param unshownRecords the records the digest does not show (upstream skips records whose AI
 *     summary is incomplete), in record order; empty for a day without markdown
 * @param problems the problems of the day's files, digest problems first
 */
public record ArchivedDay(ArchiveDay day, Optional<Digest> digest, List<ArchivedPaper> papers,
                          List<PaperRecord> unshownRecords, List<ArchiveProblem> problems) {

    /**
     * Copies.
     *
     * @param day the day as listed
     * @param digest the parsed markdown digest, if the day has one that could be read
     * @param papers the papers in document order (record order for a day with records only)
     * @param unshownRecords the records the digest does not show (upstream skips records whose AI summary is incomplete), in record order; empty for a day without markdown
     * @param problems the problems of the day's files, digest problems first
     * @throws NullPointerException if a component or an element is null
     */
    public ArchivedDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(digest, "digest");
        papers = List.copyOf(papers);
        unshownRecords = List.copyOf(unshownRecords);
        problems = List.copyOf(problems);
    }
}
