package dev.arxivdigest.core;

import dev.arxivdigest.model.Field;
import dev.arxivdigest.model.SourceSpan;

import java.util.List;
import java.util.Optional;

/**
 * A read-only view of one labelled section, as a {@link SectionExtractor} sees it.
 *
 * <p>Implementations are created by the parser; they are immutable and valid after the call.
 */
public interface SectionView {

    /** {@return the label as written, without markup and colon, such as {@code Keywords}} */
    String label();

    /** {@return the canonical field the label stands for, if the alias table knows it} */
    Optional<Field> field();

    /** {@return the value exactly as written, line endings normalised to {@code \n}} */
    String text();

    /** {@return the entries of the value if it is a numbered or bulleted list, else an empty list} */
    List<String> items();

    /** {@return where the section was found} */
    SourceSpan span();

    /** {@return true if the section is inside the paper's details block} */
    boolean inDetails();

    /**
     * Tells whether the label, normalised (case folded, surrounding symbols and emoji removed),
     * equals one of the given labels, normalised the same way.
     *
     * @param labels candidate labels, such as {@code "Keywords", "关键词"}
     * @return true if one matches
     */
    boolean labelIs(String... labels);
}
