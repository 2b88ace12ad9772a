package dev.arxivdigest.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link SourceSpan}: validation of offsets and positions in the compact constructor, the length,
 * the {@code LINE:COLUMN-LINE:COLUMN} text form and the {@link SourceSpan#EMPTY} span.
 */
class SourceSpanTest {

    @Test
    void keepsItsComponents() {
        SourceSpan s = new SourceSpan(10, 25, 2, 3, 4, 5);
        assertEquals(10, s.startOffset());
        assertEquals(25, s.endOffset());
        assertEquals(2, s.startLine());
        assertEquals(3, s.startColumn());
        assertEquals(4, s.endLine());
        assertEquals(5, s.endColumn());
    }

    @Test
    void acceptsAnEmptySpan() {
        SourceSpan s = new SourceSpan(7, 7, 3, 4, 3, 4);
        assertEquals(0, s.length());
    }

    @Test
    void acceptsOffsetsBeyondTheIntRange() {
        long start = Integer.MAX_VALUE + 10L;
        SourceSpan s = new SourceSpan(start, start + 5_000_000_000L, 1, 1, 1, 1);
        assertEquals(5_000_000_000L, s.length());
    }

    @Test
    void lengthIsTheNumberOfCodeUnitsCovered() {
        assertEquals(15, new SourceSpan(10, 25, 2, 3, 4, 5).length());
        assertEquals(1, new SourceSpan(0, 1, 1, 1, 1, 2).length());
    }

    @Test
    void toStringIsStartAndEndPosition() {
        assertEquals("2:3-4:5", new SourceSpan(10, 25, 2, 3, 4, 5).toString());
        assertEquals("12:1-12:40", new SourceSpan(100, 139, 12, 1, 12, 40).toString());
    }

    @Test
    void emptyIsAZeroLengthSpanAtTheStartOfTheInput() {
        SourceSpan e = SourceSpan.EMPTY;
        assertEquals(0, e.startOffset());
        assertEquals(0, e.endOffset());
        assertEquals(0, e.length());
        assertEquals(1, e.startLine());
        assertEquals(1, e.startColumn());
        assertEquals(1, e.endLine());
        assertEquals(1, e.endColumn());
        assertEquals("1:1-1:1", e.toString());
        assertEquals(new SourceSpan(0, 0, 1, 1, 1, 1), e);
    }

    @ParameterizedTest(name = "[{index}] {0}..{1} {2}:{3}-{4}:{5}")
    @CsvSource({
        // negative offsets
        "-1,  0,  1, 1, 1, 1",
        "-1,  5,  1, 1, 1, 6",
        " 0, -1,  1, 1, 1, 1",
        "-5, -2,  1, 1, 1, 1",
        // end offset before start offset
        " 5,  4,  1, 6, 1, 5",
        "10,  0,  1, 1, 1, 1",
        // lines or columns below 1
        " 0,  1,  0, 1, 1, 2",
        " 0,  1,  1, 0, 1, 2",
        " 0,  1,  1, 1, 0, 2",
        " 0,  1,  1, 1, 1, 0",
        " 0,  1, -1, 1, 1, 2",
        " 0,  1,  1, 1, 1, -3",
        // end line before start line
        " 0,  9,  5, 1, 4, 1"
    })
    void rejectsBadOffsetsAndPositions(long startOffset, long endOffset, int startLine, int startColumn,
                                       int endLine, int endColumn) {
        assertThrows(IllegalArgumentException.class,
                () -> new SourceSpan(startOffset, endOffset, startLine, startColumn, endLine, endColumn));
    }

    @Test
    void rejectsAnEndColumnBeforeTheStartColumnOnTheSameLine() {
        assertThrows(IllegalArgumentException.class, () -> new SourceSpan(0, 5, 3, 10, 3, 4));
    }

    @Test
    void acceptsAnEndColumnBeforeTheStartColumnOnALaterLine() {
        SourceSpan s = new SourceSpan(0, 30, 3, 10, 4, 2);
        assertEquals("3:10-4:2", s.toString());
    }
}
