package dev.arxivdigest.examples.cli;

import dev.arxivdigest.core.ParsedFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Reports on stderr how many files of a batch have been parsed.
 *
 * <p>On a terminal, a single line redrawn with {@code \r} ({@code [#####.....] 12/40 files  3.1 MB}),
 * at most every {@link #REDRAW_NANOS} and always for the last file, erased by {@link #clear()}.
 * Elsewhere (pipes, CI logs), plain lines {@code parsed 12/40 files}, one each time another tenth
 * of the files is done. With at most one file, nothing at all.
 *
 * <p>{@link #accept(ParsedFile)} is called from the parser's worker threads: every method is
 * synchronized, and none throws (a failure to stat a file counts it as 0 bytes).
 */
final class Progress implements Consumer<ParsedFile> {

    /** The least time between two redraws of the terminal line. */
    static final long REDRAW_NANOS = 100_000_000L;

    private static final int BAR_WIDTH = 20;

    private final PrintStream err;
    private final boolean terminal;
    private final int total;
    private final LongSupplier clock;

    private int done;
    private long bytes;
    private int lastTenth;
    private long lastDraw;
    private boolean drawn;
    private int drawnWidth;

    /**
     * Creates a reporter.
     *
     * @param err where to write
     * @param terminal true for the redrawn line, false for plain lines
     * @param total the number of files; at most 1 turns reporting off
     */
    Progress(PrintStream err, boolean terminal, int total) {
        this(err, terminal, total, System::nanoTime);
    }

    Progress(PrintStream err, boolean terminal, int total, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.clock = clock;
    }

    /** Counts one more parsed file and redraws or prints if it is time to. */
    @Override
    public synchronized void accept(ParsedFile file) {
        done++;
        if (total <= 1) {
            return;
        }
        if (file.digest().isPresent()) {
            try {
                bytes += Files.size(file.path());
            } catch (IOException | RuntimeException e) {
                // Unknown size: the count is what matters.
            }
        }
        if (terminal) {
            long now = clock.getAsLong();
            if (!drawn || done >= total || now - lastDraw >= REDRAW_NANOS) {
                draw();
                lastDraw = now;
            }
        } else {
            int tenth = (int) ((long) done * 10 / total);
            if (tenth > lastTenth) {
                lastTenth = tenth;
                err.println("parsed " + done + "/" + total + " files");
                err.flush();
            }
        }
    }

    /**
     * Erases the terminal line, if one is drawn, so that other output starts at column 1; the next
     * update draws it again. Does nothing in plain-line mode.
     */
    synchronized void clear() {
        if (drawn) {
            char[] blank = new char[drawnWidth];
            Arrays.fill(blank, ' ');
            err.print("\r" + new String(blank) + "\r");
            err.flush();
            drawn = false;
        }
    }

    private void draw() {
        int filled = (int) ((long) done * BAR_WIDTH / total);
        StringBuilder line = new StringBuilder(BAR_WIDTH + 40).append('[');
        for (int i = 0; i < BAR_WIDTH; i++) {
            line.append(i < filled ? '#' : '.');
        }
        line.append("] ").append(done).append('/').append(total).append(" files  ").append(size(bytes));
        // Pad over what a longer previous line left behind.
        int width = line.length();
        while (line.length() < drawnWidth) {
            line.append(' ');
        }
        err.print("\r" + line);
        err.flush();
        drawn = true;
        drawnWidth = Math.max(width, drawnWidth);
    }

    /** {@return a byte count for people: {@code 512 B}, {@code 3.1 MB}} */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 999.95 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
