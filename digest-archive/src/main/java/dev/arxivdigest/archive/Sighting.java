package dev.arxivdigest.archive;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a paper was seen: the day, the source (fork), the category and the paper's position in
 * that day, and the file and line it was read from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the day
 * @param source the source's name, as given to {@link DigestArchive.Builder#addSource(String, Path)}
 * @param category the category the paper was listed under, as written (empty for papers before any
 *     category heading)
 * @param position the paper's position in the day, 1-based, in document order (record order for a
 *     day that has only records)
 * @param file the file the paper was read from (the markdown digest, or the records file)
 * @param line the line of the paper's header (or of its record), 1-based
 */
public record Sighting(LocalDate date, String source, String category, int position, Path file, int line) {

    /**
     * Validates.
     *
     * @param date the day
     * @param source the source's name, as given to {@link DigestArchive.Builder#addSource(String, Path)}
     * @param category the category the paper was listed under, as written (empty for papers before any category heading)
     * @param position the paper's position in the day, 1-based, in document order (record order for a day that has only records)
     * @param file the file the paper was read from (the markdown digest, or the records file)
     * @param line the line of the paper's header (or of its record), 1-based
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code position} or {@code line} is below 1
     */
    public Sighting {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(file, "file");
        if (position < 1 || line < 1) {
            throw new IllegalArgumentException("bad position " + position + " or line " + line);
        }
    }
}
