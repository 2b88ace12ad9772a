package dev.arxivdigest.core.internal;

/**
 * The decoded text of the chunk being parsed: a view over the reader's reused character buffer,
 * so that no whole-file string is built. Positions index the buffer; {@link #length()} is the end
 * of the current chunk. Values are copied out with {@link #substring}, which keeps pure Latin-1
 * values in one byte per character. Only valid while the chunk is being fed. Not thread-safe.
 */
public final class TextWindow implements CharSequence {

    char[] buf;
    private int end;

    TextWindow(char[] buf) {
        this.buf = buf;
    }

    void set(char[] buffer, int chunkEnd) {
        this.buf = buffer;
        this.end = chunkEnd;
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

    @Override
    public String toString() {
        return substring(0, end);
    }
}
