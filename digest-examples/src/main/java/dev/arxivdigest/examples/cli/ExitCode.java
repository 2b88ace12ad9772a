package dev.arxivdigest.examples.cli;

/**
 * The exit statuses of the {@code digest} tool. When several things go wrong in one run, the
 * highest status wins (a write failure outranks an unreadable input, which outranks validation
 * errors).
 */
final class ExitCode {

    /** Everything was done. */
    static final int OK = 0;
    /** {@code validate} found at least one problem of severity error. */
    static final int VALIDATION_ERRORS = 1;
    /** Bad usage, or an input that names no digest or cannot be read. */
    static final int USAGE_OR_INPUT = 2;
    /** An output (standard output or a file) could not be written. */
    static final int WRITE_FAILED = 3;
    /** A bug in the tool: an exception it did not expect. */
    static final int INTERNAL_ERROR = 70;
    /**
     * Standard output was closed by its reader ({@code digest ... | head -1}): the work stops with
     * no message, and the status is the one a shell reports for a tool killed by SIGPIPE.
     */
    static final int OUTPUT_CLOSED = 141;

    private ExitCode() {
    }

    /** {@return the more serious of two statuses} */
    static int worst(int a, int b) {
        return Math.max(a, b);
    }
}
