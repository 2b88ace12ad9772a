package dev.arxivdigest.core.internal;

import dev.arxivdigest.core.internal.forms.Forms;
import dev.arxivdigest.core.internal.forms.Line;
import dev.arxivdigest.core.internal.forms.TextWindow;
import dev.arxivdigest.model.ProblemCode;

import dev.arxivdigest.model.Digest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The one input path of {@code parse(...)} and {@code stream(...)}: reads a {@link TextSource} into
 * a reused character window, finds the line ends where the source says it wrote CR and LF, replaces
 * NUL characters, removes a byte order
 * mark, and feeds the session chunks cut before the lines that start a block ({@link Forms#startsBlock}),
 * so that a chunk holds at most one paper's start. No whole-file string is built; memory is the
 * largest chunk. When {@code bounded} (streaming), memory stays bounded by the paper length limit
 * too: a chunk that reaches the limit is fed at once, and a line longer than the limit is cut, the
 * session being told how much of it was cut (a paper counts the whole line against its limit, so
 * streaming and whole-input parsing keep the same). Not thread-safe.
 */
public final class ChunkReader implements TextSource.Marks {

    private static final long[] NO_MARKS = new long[0];
    private static final ProblemCode[] NO_CODES = new ProblemCode[0];

    private final ParseSession session;
    private final TextSource source;
    private final boolean bounded;
    private final int max;
    private final TextWindow window;
    private final Line boundary = new Line();

    private char[] buf;
    /** Characters in the window. */
    private int filled;
    /** Where the chunk not fed yet starts. */
    private int chunkStart;
    /** Where the line being read starts. */
    private int lineStart;
    /** The next character to look at. */
    private int scan;
    /** The global offset of {@code buf[0]}. */
    private long base;
    /** Characters of the current line dropped because it is longer than the limit (bounded only). */
    private long dropped;
    /** While feeding a chunk that ends with a cut line: how many characters were cut from it. */
    private long lastLineDropped;
    private boolean droppedCr;
    /** The line being read: where it ends, or -1 while that is not in the window yet. */
    private int lineEnd = -1;
    /** Where the line after it starts. */
    private int after;
    /** Whether the window ends with a CR whose next character is not read yet. */
    private boolean crAtEnd;
    private boolean endOfInput;
    private boolean first = true;
    private boolean finished;

    /** For each line of the chunk not fed yet: where it ends, and where the next one starts. */
    private int[] ends = new int[256];
    private int lineCount;

    /** Where the window holds a CR, LF or NUL not looked at yet, in order: {@code controls[controlHead, controlEnd)}. */
    private int[] controls = new int[1024];
    private int controlHead;
    private int controlEnd;

    private long[] marks = new long[4];
    private ProblemCode[] markCodes = new ProblemCode[4];
    private int markCount;
    private boolean marksGiven;

    ChunkReader(ParseSession session, TextSource source, boolean bounded, int maxPaperChars) {
        this.session = session;
        this.source = source;
        this.bounded = bounded;
        this.max = maxPaperChars;
        this.buf = new char[16 * 1024];
        this.window = new TextWindow();
    }

    /**
     * Parses a whole input into a digest that holds its papers.
     *
     * @param config the parser configuration
     * @param source the input
     * @param fallback the date used when the digest states none, or null
     * @return the digest
     * @throws IOException if reading fails
     */
    public static Digest parse(ParserConfig config, TextSource source, LocalDate fallback) throws IOException {
        ParseSession session = new ParseSession(config, null, true);
        if (fallback != null) {
            session.fallbackDate(fallback);
        }
        ChunkReader reader = new ChunkReader(session, source, false, config.maxPaperChars());
        while (reader.next()) {
            // every chunk is fed
        }
        return session.finish();
    }

    /**
     * Feeds the next chunk, or the last one and ends.
     *
     * @return false once the whole input has been fed
     * @throws IOException if reading fails
     */
    boolean next() throws IOException {
        while (!finished) {
            if (session.stopped()) {
                finished = true;
                break;
            }
            findLineEnd();
            if (bounded && (dropped > 0 || (lineEnd < 0 ? scan : after) > lineStart + max)) {
                cutLongLine();
            }
            if (lineEnd >= 0) {
                if (lineDone(lineEnd, after)) {
                    return true;
                }
            } else if (endOfInput) {
                finishInput();
            } else {
                fill();
            }
        }
        return false;
    }

    /**
     * Looks for the end of the line at {@code lineStart} from {@code scan}, replacing NUL on the
     * way: sets {@code lineEnd} and {@code after}, or leaves {@code lineEnd} at -1 with {@code scan}
     * where more input is needed ({@code crAtEnd} if that is a CR whose next character is unknown).
     * Only the CR, LF and NUL the source marked are looked at.
     */
    private void findLineEnd() {
        lineEnd = -1;
        crAtEnd = false;
        char[] b = buf;
        int f = filled;
        if (droppedCr) {
            // a cut line ended with a CR at the end of the window: a LF right after it belongs to it
            droppedCr = false;
            int i = scan;
            if (i < f && b[i] == '\n') {
                dropAt(i, 1);
            }
            lineEnd = i;
            after = i;
            return;
        }
        while (controlHead < controlEnd) {
            int i = controls[controlHead];
            char c = b[i];
            if (c == '\n') {
                controlHead++;
                lineEnd = i;
                after = i + 1;
                scan = i;
                return;
            }
            if (c == '\r') {
                if (i + 1 < f || endOfInput) {
                    controlHead++;
                    lineEnd = i;
                    after = i + 1;
                    if (i + 1 < f && b[i + 1] == '\n') {
                        controlHead++; // the LF of the CRLF
                        after = i + 2;
                    }
                } else {
                    crAtEnd = true;
                }
                scan = i;
                return;
            }
            controlHead++;
            b[i] = '\uFFFD';
            mark(globalOffset(i), ProblemCode.NUL_CHARACTER);
        }
        scan = f;
    }

    /** Bounded: the line is longer than the limit; keeps its first {@code max} characters, drops the rest. */
    private void cutLongLine() {
        int cut = lineStart + max;
        if (lineEnd >= 0) {
            int over = after - cut;
            if (over > 0) {
                dropAt(cut, over);
            }
            lineEnd = Math.min(lineEnd, cut);
            after = cut;
        } else {
            droppedCr = crAtEnd;
            if (filled > cut) {
                dropAt(cut, filled - cut);
            }
            scan = filled;
        }
    }

    /** At the end of the input: feeds what is left, the last line without a line ending. */
    private void finishInput() {
        if (dropped > 0) {
            lineDone(filled, filled);
        }
        if (lineStart < filled) {
            addLine(filled, filled);
        }
        feed(filled);
        finished = true;
    }

    /** A line {@code [lineStart, end)} and its terminator up to {@code next} are in the window: feeds the chunk it ends or starts, if any. */
    private boolean lineDone(int end, int next) {
        boolean fed = false;
        if (dropped > 0) {
            // a line longer than the limit: parse what was kept, then skip to the next block
            addLine(end, next);
            lastLineDropped = dropped;
            fed = feed(next);
            lastLineDropped = 0;
            base += dropped;
            dropped = 0;
        } else if (lineStart > chunkStart && Forms.startsBlock(boundary.set(window(), lineStart, end, 0, 0))) {
            fed = feed(lineStart);
            addLine(end, next);
        } else if (bounded && next - chunkStart > max) {
            // a chunk as long as the limit: fed now, to keep memory bounded; the paper's own limit
            // decides what of it is kept, as in a whole-input parse
            addLine(end, next);
            fed = feed(next);
        } else {
            addLine(end, next);
        }
        lineStart = next;
        scan = next;
        return fed;
    }

    /** Records the end and the next line's start of the line at {@code lineStart}. */
    private void addLine(int end, int next) {
        if (lineCount * 2 == ends.length) {
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
        ends[2 * lineCount] = end;
        ends[2 * lineCount + 1] = next;
        lineCount++;
    }

    private TextWindow window() {
        window.set(buf, chunkStart, filled);
        return window;
    }

    /**
     * Removes {@code n} characters at {@code at} from the window, counting them as dropped, with
     * the controls among them (the ones before them have been looked at).
     */
    private void dropAt(int at, int n) {
        System.arraycopy(buf, at + n, buf, at, filled - at - n);
        filled -= n;
        dropped += n;
        int k = controlHead;
        while (k < controlEnd && controls[k] < at + n) {
            k++;
        }
        controlHead = k;
        for (; k < controlEnd; k++) {
            controls[k] -= n;
        }
    }

    /** Feeds {@code [chunkStart, to)}; returns whether anything was fed. */
    private boolean feed(int to) {
        if (to <= chunkStart) {
            return false;
        }
        long globalFrom = base + chunkStart;
        if (markCount > 0 || marksGiven) {
            giveMarks(base + to + lastLineDropped); // with those in the part cut from its last line
        }
        window.set(buf, chunkStart, to);
        session.feed(window, chunkStart, to, globalFrom, ends, lineCount, lastLineDropped);
        session.endChunk();
        lineCount = 0;
        chunkStart = to;
        return true;
    }

    private void giveMarks(long end) {
        int k = 0;
        while (k < markCount && marks[k] < end) {
            k++;
        }
        session.marks(k == 0 ? NO_MARKS : Arrays.copyOf(marks, k), k == 0 ? NO_CODES : Arrays.copyOf(markCodes, k));
        System.arraycopy(marks, k, marks, 0, markCount - k);
        System.arraycopy(markCodes, k, markCodes, 0, markCount - k);
        markCount -= k;
        marksGiven = k > 0;
    }

    private void fill() throws IOException {
        if (buf.length - filled < 2) { // room for a surrogate pair
            if (chunkStart > 0) {
                int shift = chunkStart;
                System.arraycopy(buf, shift, buf, 0, filled - shift);
                filled -= shift;
                base += shift;
                chunkStart = 0;
                lineStart -= shift;
                scan -= shift;
                for (int k = 0; k < 2 * lineCount; k++) {
                    ends[k] -= shift;
                }
                for (int k = controlHead; k < controlEnd; k++) {
                    controls[k] -= shift;
                }
            }
            if (filled > buf.length / 2) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
        }
        if (controlHead == controlEnd) {
            controlHead = 0;
            controlEnd = 0;
        }
        int n = source.read(buf, filled, buf.length - filled, this);
        if (n < 0) {
            endOfInput = true;
            return;
        }
        if (first && n > 0) {
            first = false;
            if (buf[0] == '\uFEFF') {
                // skipped in place: offsets count from the character after it
                session.report(ProblemCode.BYTE_ORDER_MARK, 1, 1, "byte order mark removed");
                base = -1;
                chunkStart = 1;
                lineStart = 1;
                scan = 1;
                for (int k = 0; k < markCount; k++) {
                    marks[k]--;
                }
            }
        }
        filled += n;
    }

    @Override
    public void replaced(int index) {
        mark(globalOffset(index), ProblemCode.INVALID_UTF8);
    }

    @Override
    public void control(int index) {
        if (controlEnd == controls.length) {
            if (controlHead > 0) {
                System.arraycopy(controls, controlHead, controls, 0, controlEnd - controlHead);
                controlEnd -= controlHead;
                controlHead = 0;
            } else {
                controls = Arrays.copyOf(controls, controls.length * 2);
            }
        }
        controls[controlEnd++] = index;
    }

    /**
     * {@return the global offset of the character at window index {@code i}}: while a line longer
     * than the limit is being cut, every character from the cut on in the window came after the
     * dropped ones.
     */
    private long globalOffset(int i) {
        return base + dropped + i;
    }

    private void mark(long offset, ProblemCode code) {
        if (markCount == marks.length) {
            marks = Arrays.copyOf(marks, markCount * 2);
            markCodes = Arrays.copyOf(markCodes, markCount * 2);
        }
        int k = markCount;
        while (k > 0 && marks[k - 1] > offset) {
            k--; // NUL marks are found after the invalid bytes of a later window part: keep them sorted
        }
        System.arraycopy(marks, k, marks, k + 1, markCount - k);
        System.arraycopy(markCodes, k, markCodes, k + 1, markCount - k);
        marks[k] = offset;
        markCodes[k] = code;
        markCount++;
    }
}
