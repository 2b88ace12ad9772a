package dev.arxivdigest.core;

import dev.arxivdigest.model.Severity;

/**
 * Where a {@link SectionExtractor} reports problems found in a section's value. Problems are placed
 * at the section's position and recorded on the paper and the digest like the parser's own.
 *
 * <p>Valid only during the call it was passed to; not thread-safe.
 */
public interface ProblemReporter {

    /**
     * Reports a problem at the section's position.
     *
     * @param code a stable kebab-case code, such as {@code funding-not-a-number}
     * @param severity how serious it is
     * @param message a human-readable description
     */
    void report(String code, Severity severity, String message);
}
