package dev.arxivdigest.core.internal.forms;

/**
 * The decoded text of the chunk being parsed: a view over the reader's reused character buffer,
 * so that no whole-file string is built. Positions index the buffer; the chunk is
 * {@code [from(), length())}. Values are copied out with {@link #substring}, which keeps pure
 * Latin-1 values in one byte per character. Only valid while the chunk is being fed. Not
 * thread-safe.
 */
public final class TextWindow implements CharSequence {

    private char[] buf;
    private int from;
    private int end;

    /** Creates an empty window. */
    public TextWindow() {
        this.buf = new char[0];
    }

    /** {@return a window over a copy of {@code s}, the whole of it one chunk} */
    public static TextWindow of(String s) {
        TextWindow w = new TextWindow();
        w.set(s.toCharArray(), 0, s.length());
        return w;
    }

    /**
     * Moves the window.
     *
     * @param buffer the characters
     * @param chunkFrom where the chunk starts
     * @param chunkEnd where it ends
     */
    public void set(char[] buffer, int chunkFrom, int chunkEnd) {
        this.buf = buffer;
        this.from = chunkFrom;
        this.end = chunkEnd;
    }

    /** {@return where the chunk starts} */
    public int from() {
        return from;
    }

    @Override
    public int length() {
        return end;
    }

    @Override
    public char charAt(int index) {
        return buf[index];
    }

    /** {@return the text between two positions, as a string} */
    public String substring(int from, int to) {
        return new String(buf, from, to - from);
    }

    @Override
    public CharSequence subSequence(int start, int endExclusive) {
        return substring(start, endExclusive);
    }

    /** {@return the first position at or after {@code from} holding {@code c}, before the chunk end, or -1} */
    public int indexOf(char c, int from) {
        char[] b = buf;
        for (int i = Math.max(0, from); i < end; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** {@return whether {@code s} is written at {@code at}} */
    public boolean startsWith(String s, int at) {
        if (at < 0 || at + s.length() > end) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (buf[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@return whether the text between two positions is {@code s}} */
    public boolean regionEquals(int start, int endExclusive, String s) {
        if (endExclusive - start != s.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (buf[start + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return substring(0, end);
    }
}
