package dev.arxivdigest.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One entry of a digest's table of contents, such as {@code - [cs.LG](#cs.LG) [Total: 54]}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the category name as written
 * @param anchor the anchor the entry links to, without {@code #}
 * @param total the declared number of papers, if the entry states one; upstream counts papers that
 *     it later skipped, so it can exceed the papers present
 * @param span where the entry was found
 */
public record TocEntry(String name, String anchor, OptionalInt total, SourceSpan span) {

    /**
     * Validates.
     *
     * @param name the category name as written
     * @param anchor the anchor the entry links to, without {@code #}
     * @param total the declared number of papers, if the entry states one; upstream counts papers that it later skipped, so it can exceed the papers present
     * @param span where the entry was found
     * @throws NullPointerException if a component is null
     */
    public TocEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(span, "span");
    }
}
