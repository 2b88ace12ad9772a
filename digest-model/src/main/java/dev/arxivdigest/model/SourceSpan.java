package dev.arxivdigest.model;

/**
 * Where an element of a digest was found in its input.
 *
 * <p>Lines and columns are 1-based; columns count UTF-16 code units from the start of the line.
 * Offsets are 0-based UTF-16 code unit offsets into the decoded input (after the byte order mark,
 * if any, was removed). The end is exclusive: {@code endOffset} is the offset just past the last
 * character, and {@code (endLine, endColumn)} the position just past it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param startOffset offset of the first character, 0-based
 * @param endOffset offset just past the last character, 0-based, at least {@code startOffset}
 * @param startLine line of the first character, 1-based
 * @param startColumn column of the first character, 1-based
 * @param endLine line of the position just past the last character, 1-based
 * @param endColumn column of the position just past the last character, 1-based
 */
public record SourceSpan(long startOffset, long endOffset, int startLine, int startColumn,
                         int endLine, int endColumn) {

    /** An empty span at the start of the input, for elements that have no position of their own. */
    public static final SourceSpan EMPTY = new SourceSpan(0, 0, 1, 1, 1, 1);

    /**
     * Validates the span.
     *
     * @param startOffset offset of the first character, 0-based
     * @param endOffset offset just past the last character, 0-based, at least {@code startOffset}
     * @param startLine line of the first character, 1-based
     * @param startColumn column of the first character, 1-based
     * @param endLine line of the position just past the last character, 1-based
     * @param endColumn column of the position just past the last character, 1-based
     * @throws IllegalArgumentException if an offset is negative, the end lies before the start,
     *     or a line or column is below 1
     */
    public SourceSpan {
        if (startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("bad offsets " + startOffset + ".." + endOffset);
        }
        if (startLine < 1 || startColumn < 1 || endLine < startLine || endColumn < 1
                || (endLine == startLine && endColumn < startColumn)) {
            throw new IllegalArgumentException("bad position " + startLine + ":" + startColumn
                    + ".." + endLine + ":" + endColumn);
        }
    }

    /** {@return the number of UTF-16 code units the span covers} */
    public long length() {
        return endOffset - startOffset;
    }

    @Override
    public String toString() {
        return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
    }
}
