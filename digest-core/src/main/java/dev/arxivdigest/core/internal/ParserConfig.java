package dev.arxivdigest.core.internal;

/**
 * The validated, immutable configuration of a parser, shared by all its parses.
 *
 * @param vocabulary the words of the dialects: label aliases, well-known labels, TOC titles...
 * @param maxProblems the most problems recorded per parse
 * @param maxInputChars the most characters parsed per input
 * @param maxPapers the most papers parsed per input
 * @param maxPaperChars the most characters of one paper
 * @param extractors the section extractors to run, in order
 */
public record ParserConfig(Vocabulary vocabulary, int maxProblems, long maxInputChars, int maxPapers, int maxPaperChars,
                           Extractors extractors) {

    /** {@return the label alias table of the vocabulary} */
    public Labels labels() {
        return vocabulary.labels();
    }
}
