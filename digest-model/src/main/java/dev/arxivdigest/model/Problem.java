package dev.arxivdigest.model;

import java.util.Objects;

/**
 * One problem found while parsing a digest, reported as data like a compiler diagnostic.
 *
 * <p>The {@code code} is stable and kebab-case; the parser's own codes are listed, with their
 * meaning and severity, in {@link ProblemCode}. Extractors may report codes of their own.
 * The message is for people and may change between versions; match on the code.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code stable kebab-case identifier, such as {@code paper-missing-authors}
 * @param severity how serious the problem is
 * @param line 1-based line the problem was found on
 * @param column 1-based column (UTF-16 code units) the problem was found at
 * @param message a human-readable description
 */
public record Problem(String code, Severity severity, int line, int column, String message) {

    /**
     * Validates the problem.
     *
     * @param code stable kebab-case identifier, such as {@code paper-missing-authors}
     * @param severity how serious the problem is
     * @param line 1-based line the problem was found on
     * @param column 1-based column (UTF-16 code units) the problem was found at
     * @param message a human-readable description
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the code is blank or a position is below 1
     */
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (code.isBlank()) {
            throw new IllegalArgumentException("blank code");
        }
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("bad position " + line + ":" + column);
        }
    }

    /**
     * Creates a problem with a built-in code and its default severity.
     *
     * @param code the built-in code
     * @param line 1-based line
     * @param column 1-based column
     * @param message human-readable description
     * @return the problem
     */
    public static Problem of(ProblemCode code, int line, int column, String message) {
        return new Problem(code.code(), code.severity(), line, column, message);
    }

    /** {@return {@code LINE:COLUMN: SEVERITY: CODE: message}, the form the command-line tool prints} */
    @Override
    public String toString() {
        return line + ":" + column + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": "
                + code + ": " + message;
    }
}
