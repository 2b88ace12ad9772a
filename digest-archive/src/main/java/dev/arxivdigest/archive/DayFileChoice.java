package dev.arxivdigest.archive;

import java.util.Objects;
import java.util.Optional;

/**
 * Chooses the files read for one day of one source, offered in path order: the first markdown
 * digest, and the records file of the best {@linkplain DayFileName.Kind#rank() rank} (the first
 * among equals; a better kind replaces a lesser one, as upstream writes {@code DATE.jsonl} beside
 * the enhanced file). A second file of a kind already chosen is a duplicate, which the caller
 * reports as {@link ArchiveProblem#DUPLICATE_DAY}. The archive's listing and the Spark reader
 * share these rules; the files are of any type ({@code Path}, a listed path as text). Not
 * thread-safe: one instance per day.
 *
 * @param <F> how a file is named
 */
public final class DayFileChoice<F> {

    private F markdown;
    private F records;
    private int recordsRank = Integer.MAX_VALUE;

    /** An empty choice, for the files of one day. */
    public DayFileChoice() {
    }

    /**
     * Offers the day's next file in path order.
     *
     * @param file the file
     * @param kind what its name says it is
     * @return the file chosen instead, if {@code file} is a duplicate of it; empty if {@code file}
     *         is chosen, or left out for a records file of a better kind
     */
    public Optional<F> offer(F file, DayFileName.Kind kind) {
        Objects.requireNonNull(file, "file");
        if (kind == DayFileName.Kind.MARKDOWN) {
            if (markdown != null) {
                return Optional.of(markdown);
            }
            markdown = file;
        } else if (kind.rank() < recordsRank) {
            records = file;
            recordsRank = kind.rank();
        } else if (kind.rank() == recordsRank) {
            return Optional.of(records);
        }
        return Optional.empty();
    }

    /** {@return the markdown digest chosen, if any was offered} */
    public Optional<F> markdown() {
        return Optional.ofNullable(markdown);
    }

    /** {@return the records file chosen, if any was offered} */
    public Optional<F> records() {
        return Optional.ofNullable(records);
    }
}
