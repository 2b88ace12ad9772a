package dev.arxivdigest.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The collapsible {@code <details>} block of a paper: Motivation, Method, Result, Conclusion,
 * Abstract, and every other labelled section in it, in document order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param summary the text of the {@code <summary>} element as written ({@code Details}), or empty
 * @param sections every section in the block, in document order, including labels without a field
 * @param attributes typed values attached by section extractors
 * @param span where the block was found, from {@code <details>} to {@code </details>}
 */
public record Details(String summary, List<Section> sections, Attributes attributes, SourceSpan span) {

    /**
     * Validates and copies.
     *
     * @param summary the text of the {@code <summary>} element as written ({@code Details}), or empty
     * @param sections every section in the block, in document order, including labels without a field
     * @param attributes typed values attached by section extractors
     * @param span where the block was found, from {@code <details>} to {@code </details>}
     * @throws NullPointerException if a component or list element is null
     */
    public Details {
        Objects.requireNonNull(summary, "summary");
        sections = List.copyOf(sections);
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(span, "span");
    }

    /**
     * Returns the first section that stands for a field.
     *
     * @param field the field
     * @return the section, or empty if the block has none
     */
    public Optional<Section> section(Field field) {
        return Sections.byField(sections, Objects.requireNonNull(field, "field"));
    }

    /**
     * Returns the first section with a label, compared ignoring case and surrounding white space.
     *
     * @param label the label, such as {@code Keywords}
     * @return the section, or empty if the block has none
     */
    public Optional<Section> section(String label) {
        return Sections.byLabel(sections, Objects.requireNonNull(label, "label"));
    }

    /** {@return the text of the Motivation section, if present} */
    public Optional<String> motivation() {
        return text(Field.MOTIVATION);
    }

    /** {@return the text of the Method section, if present} */
    public Optional<String> method() {
        return text(Field.METHOD);
    }

    /** {@return the text of the Result section, if present} */
    public Optional<String> result() {
        return text(Field.RESULT);
    }

    /** {@return the text of the Conclusion section, if present} */
    public Optional<String> conclusion() {
        return text(Field.CONCLUSION);
    }

    /** {@return the text of the Abstract section (the paper's original abstract), if present} */
    public Optional<String> abstractText() {
        return text(Field.ABSTRACT);
    }

    /**
     * Returns the value an extractor stored under a key.
     *
     * @param key the key
     * @param <T> the value's type
     * @return the value, or empty
     */
    public <T> Optional<T> get(Key<T> key) {
        return attributes.get(key);
    }

    private Optional<String> text(Field field) {
        return section(field).map(Section::text);
    }
}
