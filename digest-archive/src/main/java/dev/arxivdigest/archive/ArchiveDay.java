package dev.arxivdigest.archive;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One day of one source, as listed: its markdown digest, its records file, or both.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the source's name
 * @param date the day, from the file names
 * @param markdown the markdown digest ({@code 2026-03-10.md}), if the day has one
 * @param records the records file ({@code 2026-03-10_AI_enhanced_Chinese.jsonl},
 *     {@code 2026-03-10.source.jsonl} or {@code 2026-03-10.jsonl}), if the day has one
 */
public record ArchiveDay(String source, LocalDate date, Optional<Path> markdown, Optional<Path> records) {

    /**
     * Validates.
     *
     * @param source the source's name
     * @param date the day, from the file names
     * @param markdown the markdown digest ({@code 2026-03-10.md}), if the day has one
     * @param records the records file ({@code 2026-03-10_AI_enhanced_Chinese.jsonl}, {@code 2026-03-10.source.jsonl} or {@code 2026-03-10.jsonl}), if the day has one
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the day has neither file
     */
    public ArchiveDay {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(records, "records");
        if (markdown.isEmpty() && records.isEmpty()) {
            throw new IllegalArgumentException("a day has a markdown or a records file");
        }
    }

    /** {@return the file the day's papers are read from: the markdown, else the records} */
    public Path file() {
        return markdown.orElseGet(records::orElseThrow);
    }
}
