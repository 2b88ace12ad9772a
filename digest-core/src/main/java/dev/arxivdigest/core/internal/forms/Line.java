package dev.arxivdigest.core.internal.forms;

/**
 * A read-only view of one line of the input, handed to every recogniser: where it starts, where
 * its first non-space character is, where it ends with and without trailing space, its number, and
 * the global offset and column of any position in it. Positions index {@link #text()}. The session
 * reuses one instance, moved from line to line; recognisers only read it and keep nothing of it.
 */
public final class Line {

    private TextWindow text = TextWindow.of("");
    private int start;
    private int first;
    private int end;
    /** Where the trailing spaces start, or -1 until {@link #trimmedEnd()} is first asked. */
    private int trimmedEnd;
    private int number;
    private long bias;

    /** {@return a line over the whole of {@code s} (no line terminator), number 1, offset 0} */
    public static Line of(String s) {
        return new Line().set(TextWindow.of(s), 0, s.length(), 1, 0);
    }

    /**
     * Moves this view to another line.
     *
     * @param text the text holding the line
     * @param start index of the line's first character
     * @param end index just past its last character, before the line terminator
     * @param number the line number, from 1
     * @param bias the global offset of index 0 of {@code text}
     * @return this
     */
    public Line set(TextWindow text, int start, int end, int number, long bias) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.number = number;
        this.bias = bias;
        int f = start;
        while (f < end && Chars.isSpace(text.charAt(f))) {
            f++;
        }
        this.first = f;
        this.trimmedEnd = -1; // found when first asked: a line tried only for its first character never is
        return this;
    }

    /** {@return the text holding the line} */
    public TextWindow text() {
        return text;
    }

    /** {@return the index of the line's first character} */
    public int start() {
        return start;
    }

    /** {@return the index of the first non-space character, or {@link #end()} for a blank line} */
    public int first() {
        return first;
    }

    /** {@return the index just past the line's last character} */
    public int end() {
        return end;
    }

    /** {@return the index just past the last non-space character} */
    public int trimmedEnd() {
        if (trimmedEnd < 0) {
            int t = end;
            while (t > first && Chars.isSpace(text.charAt(t - 1))) {
                t--;
            }
            trimmedEnd = t;
        }
        return trimmedEnd;
    }

    /**
     * {@return the index after the line's indent of up to four spaces, which block forms allow
     * before their marker}
     */
    public int afterIndent() {
        int i = start;
        while (i < end && i - start < 4 && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** {@return the line number, from 1} */
    public int number() {
        return number;
    }

    /** {@return whether the line holds only white space} */
    public boolean isBlank() {
        return first == end;
    }

    /** {@return the first non-space character; the line must not be blank} */
    public char firstChar() {
        return text.charAt(first);
    }

    /** {@return the character at an index} */
    public char charAt(int i) {
        return text.charAt(i);
    }

    /** {@return the global offset of an index of this line} */
    public long offset(int pos) {
        return bias + pos;
    }

    /** {@return the column (from 1) of an index of this line} */
    public int column(int pos) {
        return pos - start + 1;
    }

    /** {@return the text between two indices} */
    public String substring(int from, int to) {
        return text.substring(from, to);
    }

    @Override
    public String toString() {
        return number + ": " + text.subSequence(start, end);
    }
}
