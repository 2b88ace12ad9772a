package dev.arxivdigest.model;

/**
 * How serious a {@link Problem} is.
 *
 * <p>Ordered from the least to the most serious, so {@code compareTo} can be used as a threshold.
 */
public enum Severity {
    /** Worth knowing, nothing was lost: a normalised line ending, a label the parser has no name for. */
    INFO,
    /** Suspicious, but every value could be read: a missing field, a total that does not add up. */
    WARNING,
    /** Data was lost or damaged: a broken header, an unclosed block, a truncated paper, invalid bytes. */
    ERROR
}
