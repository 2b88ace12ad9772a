package dev.arxivdigest.core.internal.forms;

/**
 * A form of line, other than a heading, that starts a paper: it reads the paper's header from the
 * line. The session tries every one listed in {@link Forms#PAPER_STARTS} on lines that no
 * heading, anchor or table of contents entry took; one that starts blocks cuts streamed chunks
 * too, through {@link Forms#startsBlock}.
 */
public interface PaperStartForm extends Form {

    /**
     * Reads the paper header a line holds.
     *
     * @param line the line
     * @return the header, or null if the line does not start a paper
     */
    PaperHeaderForm.Match match(Line line);
}
