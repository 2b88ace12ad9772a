package dev.arxivdigest.examples.cli;

import java.io.IOException;

/**
 * Writing to standard output failed: the run stops. Thrown through the commands and turned into
 * an exit status by {@link DigestCli}.
 */
final class StdoutFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The message the JDK gives an {@code EPIPE} write error on Linux and macOS. */
    private static final String BROKEN_PIPE = "Broken pipe";

    StdoutFailure(IOException cause) {
        super(cause.getMessage(), cause);
    }

    /** {@return true if the reader closed the pipe (not a failure to report, just a reason to stop)} */
    boolean readerClosed() {
        return getCause() != null && BROKEN_PIPE.equals(getCause().getMessage());
    }
}
