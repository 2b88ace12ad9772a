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

    /**
     * Returns the links the value shows, in the order written: inline links
     * ({@code DOI: [10.1109/…](https://doi.org/…)}, {@code [arXiv pdf](…)}), autolinks and bare URLs
     * ({@code Project Page: https://…}); see {@link Link#findAll(CharSequence)}. Derived from
     * {@link #text()}, which stays as written.
     *
     * @return the links; empty if the value shows none
     */
    public List<Link> links() {
        return Link.findAll(text);
    }

    /**
     * Returns the tags glued to the start of the value: {@code [Arch-Infra][11.0] Physics-aware …}
     * gives {@code [Arch-Infra, 11.0]}. A tag is a bracketed text of one line, at most 40 characters,
     * not followed by {@code (} (that is a link) or {@code :}, not starting with a quote (a Python-style
     * list is {@link #items()}); tags may be separated by spaces.
     * Derived from {@link #text()}, which stays as written.
     *
     * @return the tags' texts, in order; empty if the value starts with none
     */
    public List<String> tags() {
        java.util.ArrayList<String> tags = null;
        int n = text.length();
        int p = 0;
        while (true) {
            while (p < n && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
                p++;
            }
            if (p >= n || text.charAt(p) != '[') {
                break;
            }
            int close = p + 1;
            while (close < n && close - p <= MAX_TAG + 1 && "[]\n\r".indexOf(text.charAt(close)) < 0) {
                close++;
            }
            if (close >= n || text.charAt(close) != ']' || close == p + 1 || close - p > MAX_TAG + 1
                    || (close + 1 < n && (text.charAt(close + 1) == '(' || text.charAt(close + 1) == ':'))) {
                break;
            }
            String tag = text.substring(p + 1, close).strip();
            if (tag.isEmpty() || tag.charAt(0) == '\'' || tag.charAt(0) == '"') {
                break;
            }
            if (tags == null) {
                tags = new java.util.ArrayList<>(2);
            }
            tags.add(tag);
            p = close + 1;
        }
        return tags == null ? List.of() : List.copyOf(tags);
    }

    /** The longest tag, in characters. */
    private static final int MAX_TAG = 40;

    /** {@return true if the value is a list and {@link #items()} holds its entries} */
    public boolean isList() {
        return !items.isEmpty();
    }
}
