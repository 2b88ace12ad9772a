package dev.arxivdigest.model;

/**
 * Every problem code the parser itself reports, with its default severity: the one place where the
 * codes are documented.
 *
 * <p>Codes are stable: a code is never renamed or reused for another meaning. New codes may be
 * added in minor versions. Extractors may report codes that are not listed here.
 */
public enum ProblemCode {

    // ---------------------------------------------------------------- input

    /** The input is empty or holds only white space. */
    EMPTY_INPUT("empty-input", Severity.WARNING),
    /** The input holds text but neither a table of contents nor a single paper. */
    NOT_A_DIGEST("not-a-digest", Severity.ERROR),
    /** Bytes that are not valid UTF-8 were replaced by U+FFFD. Reported once per line. */
    INVALID_UTF8("invalid-utf8", Severity.ERROR),
    /** A NUL character (U+0000) was replaced by U+FFFD. Reported once per line. */
    NUL_CHARACTER("nul-character", Severity.WARNING),
    /** The input starts with a byte order mark, which was removed. */
    BYTE_ORDER_MARK("byte-order-mark", Severity.INFO),
    /** The input uses CRLF line endings; values are normalised to LF. Reported once. */
    CRLF_LINE_ENDINGS("crlf-line-endings", Severity.INFO),
    /** The input uses lone CR line endings; values are normalised to LF. Reported once. */
    CR_LINE_ENDINGS("cr-line-endings", Severity.WARNING),
    /** A configured limit (input size, number of papers, size of one paper) was reached. */
    LIMIT_EXCEEDED("limit-exceeded", Severity.ERROR),
    /** The maximum number of recorded problems was reached; later problems were dropped. */
    TOO_MANY_PROBLEMS("too-many-problems", Severity.WARNING),

    // ---------------------------------------------------------------- document structure

    /** The digest has papers but no table of contents. */
    MISSING_TOC("missing-toc", Severity.WARNING),
    /** A table of contents entry declares a total that differs from the papers present. */
    TOC_TOTAL_MISMATCH("toc-total-mismatch", Severity.WARNING),
    /** A table of contents entry names a category that the digest does not contain. */
    TOC_CATEGORY_MISSING("toc-category-missing", Severity.WARNING),
    /** A category heading that the table of contents does not list. */
    CATEGORY_NOT_IN_TOC("category-not-in-toc", Severity.WARNING),
    /** A category with no paper in it. */
    CATEGORY_EMPTY("category-empty", Severity.WARNING),
    /** The same category heading appears twice. */
    CATEGORY_DUPLICATE("category-duplicate", Severity.WARNING),
    /**
     * A category anchor ({@code <div id>}) with no heading after it, while other categories have one;
     * the anchor names the category.
     */
    CATEGORY_HEADING_MISSING("category-heading-missing", Severity.WARNING),
    /** Papers appear before the first category heading; they are kept in an unnamed category. */
    PAPER_OUTSIDE_CATEGORY("paper-outside-category", Severity.WARNING),
    /** Text outside any paper that the parser does not understand; it is skipped. */
    UNEXPECTED_TEXT("unexpected-text", Severity.INFO),

    // ---------------------------------------------------------------- paper header

    /** A paper header whose {@code [title](link)} cannot be read; what could be read is kept. */
    PAPER_BROKEN_HEADER("paper-broken-header", Severity.ERROR),
    /** A paper header without a running index, where earlier papers had one. */
    PAPER_INDEX_MISSING("paper-index-missing", Severity.WARNING),
    /** A running index that does not follow the previous one (a gap, or going backwards). */
    PAPER_INDEX_OUT_OF_ORDER("paper-index-out-of-order", Severity.WARNING),
    /** A running index already used by an earlier paper. */
    PAPER_INDEX_DUPLICATE("paper-index-duplicate", Severity.WARNING),
    /** The same paper (same arXiv id, or same link) appears twice; both are kept. */
    PAPER_DUPLICATE("paper-duplicate", Severity.WARNING),

    // ---------------------------------------------------------------- paper fields

    /** A paper without an authors line, or with an empty one. */
    PAPER_MISSING_AUTHORS("paper-missing-authors", Severity.WARNING),
    /** A paper without a main category. */
    PAPER_MISSING_MAIN_CATEGORY("paper-missing-main-category", Severity.WARNING),
    /** A paper without a TL;DR. */
    PAPER_MISSING_TLDR("paper-missing-tldr", Severity.WARNING),
    /** A paper without a details block. */
    PAPER_MISSING_DETAILS("paper-missing-details", Severity.WARNING),
    /** A paper without one of motivation, method, result, conclusion or abstract. */
    PAPER_MISSING_SECTION("paper-missing-section", Severity.WARNING),
    /** Text in a paper that belongs to no labelled section; it is kept as a section with an empty label. */
    PAPER_UNLABELLED_TEXT("paper-unlabelled-text", Severity.WARNING),
    /** A paper's title, or one of its canonical fields (TL;DR, motivation, ...), is present but blank. */
    FIELD_EMPTY("field-empty", Severity.WARNING),
    /** The input ends in the middle of a paper. */
    PAPER_TRUNCATED("paper-truncated", Severity.ERROR),
    /** A label the parser has no name for; the section is kept under its label. */
    SECTION_UNKNOWN_LABEL("section-unknown-label", Severity.INFO),
    /** A field appears in an order other than the canonical one; nothing is lost. */
    SECTION_OUT_OF_ORDER("section-out-of-order", Severity.INFO),
    /** The same field appears twice in one paper; both are kept, the first one is the field's value. */
    SECTION_DUPLICATE("section-duplicate", Severity.WARNING),
    /**
     * A canonical field's value continues on a line that is neither a list item nor indented, where
     * the same field of the papers around it is one line; the line is kept in the value.
     */
    SECTION_CONTINUED("section-continued", Severity.INFO),
    /** A {@code <details>} block that is not closed before the next paper or the end of input. */
    DETAILS_UNCLOSED("details-unclosed", Severity.ERROR),
    /** A {@code </details>} without an open block, or a second {@code <details>} in one paper. */
    DETAILS_UNBALANCED("details-unbalanced", Severity.WARNING),
    /** A details block without a {@code <summary>} line, where the papers around it have one. */
    DETAILS_SUMMARY_MISSING("details-summary-missing", Severity.WARNING),

    // ---------------------------------------------------------------- extension

    /** A section extractor threw or returned an unusable value; the parse went on without it. */
    EXTRACTOR_FAILED("extractor-failed", Severity.ERROR),
    /** A section value could not be converted to the type an extractor expects. */
    SECTION_INVALID_VALUE("section-invalid-value", Severity.WARNING);

    private final String code;
    private final Severity severity;

    ProblemCode(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    /** {@return the stable kebab-case code, such as {@code paper-missing-authors}} */
    public String code() {
        return code;
    }

    /** {@return the severity the parser reports this problem with} */
    public Severity severity() {
        return severity;
    }

    /**
     * Finds the built-in code with the given kebab-case name.
     *
     * @param code a code such as {@code details-unclosed}
     * @return the built-in code, or empty if the code is not built in
     */
    public static java.util.Optional<ProblemCode> fromCode(String code) {
        for (ProblemCode c : values()) {
            if (c.code.equals(code)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
