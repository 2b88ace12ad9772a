package dev.arxivdigest.archive;

import dev.arxivdigest.model.Problem;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A problem found in one file of an archive: a digest's own problem, a record that could not be
 * read, a file that could not be read, or a disagreement between a paper and its record.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the source the file belongs to
 * @param file the file
 * @param problem the problem, with its code, severity, line and column in {@code file}
 */
public record ArchiveProblem(String source, Path file, Problem problem) {

    /** An archive file or directory that could not be read (error). */
    public static final String UNREADABLE = "archive-unreadable";
    /** A second markdown or records file for a day that already has one; it is not read (warning). */
    public static final String DUPLICATE_DAY = "archive-duplicate-day";
    /** A record whose title differs from the title the digest shows for its paper (warning). */
    public static final String TITLE_DIFFERS = "record-title-differs";
    /** A paper of a digest with no record in the day's records file (info). */
    public static final String RECORD_MISSING = "record-missing";
    /** Two records of one file for the same paper; the first is joined (warning). */
    public static final String RECORD_DUPLICATE = "record-duplicate";
    /** A record that names no paper (no id, abs or pdf link); it is not an archived paper (warning). */
    public static final String RECORD_WITHOUT_ID = "record-without-id";

    /**
     * Validates.
     *
     * @param source the source the file belongs to
     * @param file the file
     * @param problem the problem, with its code, severity, line and column in {@code file}
     * @throws NullPointerException if a component is null
     */
    public ArchiveProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problem, "problem");
    }

    /** {@return {@code FILE:LINE:COL: SEVERITY: CODE: message}} */
    @Override
    public String toString() {
        return file + ":" + problem;
    }
}
