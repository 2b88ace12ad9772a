package dev.arxivdigest.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One category section of a digest, such as {@code # cs.LG [[Back]](#toc)}, with its papers.
 *
 * <p>Papers found before the first category heading are kept in a category whose name and anchor
 * are empty.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the category name as written in its heading, or empty for papers outside any category
 * @param anchor the anchor of the category ({@code <div id='cs.LG'>}), or empty if it has none
 * @param declaredTotal the total the table of contents declares for this category, if any
 * @param papers the papers, in document order
 * @param span where the category was found, from its anchor or heading to its last paper
 */
public record Category(String name, String anchor, OptionalInt declaredTotal, List<Paper> papers, SourceSpan span) {

    /**
     * Validates and copies.
     *
     * @param name the category name as written in its heading, or empty for papers outside any category
     * @param anchor the anchor of the category ({@code <div id='cs.LG'>}), or empty if it has none
     * @param declaredTotal the total the table of contents declares for this category, if any
     * @param papers the papers, in document order
     * @param span where the category was found, from its anchor or heading to its last paper
     * @throws NullPointerException if a component or list element is null
     */
    public Category {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(declaredTotal, "declaredTotal");
        papers = List.copyOf(papers);
        Objects.requireNonNull(span, "span");
    }

    /** {@return true for the unnamed category holding papers found before any category heading} */
    public boolean isUnnamed() {
        return name.isEmpty();
    }
}
