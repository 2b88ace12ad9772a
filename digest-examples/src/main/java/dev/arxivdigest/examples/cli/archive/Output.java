package dev.arxivdigest.examples.cli.archive;

import dev.arxivdigest.archive.ArchiveProblem;

import java.io.PrintWriter;
import java.util.List;

/** What the archive commands share: printing problems and errors safely on standard error, and exit statuses. */
final class Output {

    /** Success. */
    static final int OK = 0;
    /** Bad usage, or a root that cannot be read. */
    static final int USAGE_OR_INPUT = 2;
    /** Standard output could not be written. */
    static final int WRITE_FAILED = 3;

    private Output() {
    }

    /** Prints {@code digest: MESSAGE} on standard error. */
    static void error(PrintWriter err, String message) {
        err.println("digest: " + escape(message));
        err.flush();
    }

    /** Prints each problem as {@code FILE:LINE:COL: severity: code: message}. */
    static void problems(PrintWriter err, List<ArchiveProblem> problems) {
        for (ArchiveProblem p : problems) {
            err.println(escape(p.toString()));
        }
        err.flush();
    }

    /** Control characters (a digest's text may hold them) are shown as {@code \\uXXXX}, so they cannot drive the terminal. */
    static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || (c >= 0x7f && c < 0xa0);
            if (control && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
