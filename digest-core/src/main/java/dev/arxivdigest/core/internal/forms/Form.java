package dev.arxivdigest.core.internal.forms;

/**
 * What every form of line says about itself, so that the streaming chunker and the lost-header
 * look-ahead are derived from the list of forms ({@link Forms}) rather than kept beside them.
 */
public interface Form {

    /** {@return whether a line of this form starts a block (a paper, category or anchor)} */
    boolean startsBlock();

    /** {@return the characters a line of this form can start with, after its indentation} */
    String triggers();

    /**
     * Whether a line may be of this form, cheaply and without reading past it: for block-starting
     * forms, exactly the test a streamed chunk is cut before.
     *
     * @param line the line
     * @return whether the line opens this form
     */
    boolean opens(Line line);
}
