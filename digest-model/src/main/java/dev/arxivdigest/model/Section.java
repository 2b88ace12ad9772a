package dev.arxivdigest.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One labelled section of a paper, such as {@code Motivation: ...} or {@code **Keywords:** ...},
 * with its label and text exactly as written.
 *
 * <p>Text the parser could not attach to any label is kept as a section with an empty label.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the label as written, without its markup and colon ({@code Motivation},
 *     {@code 动机}); empty for unlabelled text
 * @param field the canonical field this label stands for, if the alias table knows it
 * @param text the value exactly as written, without the label and the generator's separators;
 *     line endings normalised to {@code \n}
 * @param items the entries of the value when it is a numbered or bulleted list, each without its
 *     marker; empty otherwise
 * @param span where the section (label included) was found
 */
public record Section(String label, Optional<Field> field, String text, List<String> items, SourceSpan span) {

    /**
     * Validates and copies.
     *
     * @param label the label as written, without its markup and colon ({@code Motivation}, {@code 动机}); empty for unlabelled text
     * @param field the canonical field this label stands for, if the alias table knows it
     * @param text the value exactly as written, without the label and the generator's separators; line endings normalised to {@code \n}
     * @param items the entries of the value when it is a numbered or bulleted list, each without its marker; empty otherwise
     * @param span where the section (label included) was found
     * @throws NullPointerException if a component or list element is null
     */
    public Section {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        items = List.copyOf(items);
        Objects.requireNonNull(span, "span");
    }

    /**
     * {@return true if this section stands for the given canonical field}
     *
     * @param f the field
     */
    public boolean is(Field f) {
        return field.isPresent() && field.get() == f;
    }

    /** {@return true if the value is a list and {@link #items()} holds its entries} */
    public boolean isList() {
        return !items.isEmpty();
    }
}
