package dev.arxivdigest.core.internal;

/**
 * The validated, immutable configuration of a parser, shared by all its parses.
 *
 * @param labels the alias table
 * @param maxProblems the most problems recorded per parse
 * @param maxInputChars the most characters parsed per input
 * @param maxPapers the most papers parsed per input
 * @param maxPaperChars the most characters of one paper
 * @param extractors the section extractors to run, in order
 */
public record ParserConfig(Labels labels, int maxProblems, long maxInputChars, int maxPapers, int maxPaperChars,
                           Extractors extractors) {
}
