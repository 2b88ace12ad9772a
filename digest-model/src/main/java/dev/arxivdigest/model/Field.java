package dev.arxivdigest.model;

/**
 * The canonical fields of a paper that the parser recognises from their labels, in the order the
 * upstream template writes them.
 *
 * <p>A label is mapped to a field through the parser's alias table (for example {@code TL;DR},
 * {@code **TL;DR:**} and {@code AI概要} all mean {@link #TLDR}); every other label stays a plain
 * {@link Section} without a field.
 */
public enum Field {
    /** The paper's main arXiv category, such as {@code cs.LG}. */
    MAIN_CATEGORY("Main category"),
    /** The one-paragraph summary written by the language model. */
    TLDR("TL;DR"),
    /** Why the work was done. */
    MOTIVATION("Motivation"),
    /** How it was done. */
    METHOD("Method"),
    /** What it found. */
    RESULT("Result"),
    /** What it concludes. */
    CONCLUSION("Conclusion"),
    /** The paper's original abstract. */
    ABSTRACT("Abstract");

    private final String canonicalLabel;

    Field(String canonicalLabel) {
        this.canonicalLabel = canonicalLabel;
    }

    /** {@return the label the upstream template writes for this field, such as {@code Main category}} */
    public String canonicalLabel() {
        return canonicalLabel;
    }
}
