package dev.arxivdigest.core;

import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Problem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every input path gives the same digest: bytes, a string, a reader, a byte stream parsed whole and
 * streamed, also when the reader and the stream hand over one character or one byte at a time, so
 * that every window boundary falls inside a multi-byte character, a surrogate pair, a CR LF and an
 * invalid sequence somewhere. The input (400 papers, about 140 KB) is longer than the reader's first
 * character window (16 K characters) and than the byte window of a stream (64 KB).
 */
class InputPathsTest {

    private static final DigestParser PARSER = DigestParser.builder().build();
    private static final int PAPERS = 400;

    /** The line of paper {@code i}'s TL;DR in {@link #digest}: header at 12 + 23 (i - 1), TL;DR 5 lines below. */
    private static int tldrLine(int i) {
        return 12 + 23 * (i - 1) + 5;
    }

    /** Papers 1 to 400 whose titles hold CJK and a character outside the BMP. */
    private static String digest(String eol) {
        StringBuilder sb = new StringBuilder(ProblemPositionsTest.head(PAPERS));
        for (int i = 1; i <= PAPERS; i++) {
            if (i > 1) {
                sb.append("\n\n");
            }
            sb.append(ProblemPositionsTest.paper(i).replace("[Title " + i + "]", "[Title " + i + " 中文😀]"));
        }
        return sb.toString().replace("\n", eol);
    }

    private record Result(List<Paper> papers, List<Problem> problems) {
    }

    private static Result of(Digest d) {
        return new Result(d.papers(), d.problems());
    }

    private static Result streamed(InputStream in) throws IOException {
        return streamed(PARSER, in);
    }

    private static Result streamed(DigestParser parser, InputStream in) throws IOException {
        try (DigestParser.PaperStream s = parser.stream(in)) {
            List<Paper> papers = s.papers().toList();
            return new Result(papers, s.digest().problems());
        }
    }

    @Test
    void everyPathGivesTheSameDigest() throws IOException {
        for (String eol : new String[] {"\n", "\r\n", "\r"}) {
            String text = digest(eol);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Result expected = of(PARSER.parse(bytes));
            assertEquals(PAPERS, expected.papers().size());
            assertEquals("Title 399 中文😀", expected.papers().get(398).title());
            assertEquals(eol.equals("\n") ? 0 : 1, expected.problems().size(), "only the line endings are told");
            assertEquals(expected, of(PARSER.parse(text)), "parse(String)");
            assertEquals(expected, of(PARSER.parse(new StringReader(text))), "parse(Reader)");
            assertEquals(expected, of(PARSER.parse(new OneCharReader(text))), "parse(Reader), a character at a time");
            assertEquals(expected, of(PARSER.parse(new ByteArrayInputStream(bytes))), "parse(InputStream)");
            assertEquals(expected, streamed(new ByteArrayInputStream(bytes)), "stream(InputStream)");
            assertEquals(expected, streamed(new OneByteStream(bytes)), "stream(InputStream), a byte at a time");
        }
    }

    @Test
    void invalidBytesAndNulAreReportedWhereTheyAreOnEveryPath() throws IOException {
        String text = digest("\n").replace("TL;DR: tldr 250\n", "TL;DR: tldr 250 \u0001( end\n")
                .replace("TL;DR: tldr 300\n", "TL;DR: tldr 300 \0\n");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 1) {
                bytes[i] = (byte) 0xC3; // a lead byte followed by '(': not UTF-8
            }
        }
        Result parsed = of(PARSER.parse(bytes));
        assertEquals("tldr 250 \uFFFD( end", parsed.papers().get(249).tldr().orElseThrow());
        assertEquals("tldr 300 \uFFFD", parsed.papers().get(299).tldr().orElseThrow());
        assertEquals(List.of(tldrLine(250) + ":17: error: invalid-utf8: bytes that are not valid UTF-8 replaced by U+FFFD",
                tldrLine(300) + ":17: warning: nul-character: NUL character replaced by U+FFFD"),
                parsed.problems().stream().map(Problem::toString).toList());
        assertEquals(parsed, streamed(new ByteArrayInputStream(bytes)), "stream(InputStream)");
        assertEquals(parsed, streamed(new OneByteStream(bytes)), "stream(InputStream), a byte at a time");
        assertEquals(parsed, of(PARSER.parse(new OneByteStream(bytes))), "parse(InputStream), a byte at a time");
    }

    /**
     * A NUL and an invalid byte in the part of an over-long line that streaming cuts off (to keep its
     * memory bounded) are reported where they are, as {@code parse} reports them: on lines that fit
     * the window, and on lines that span several windows (where the characters after the cut arrive
     * after the dropped ones).
     */
    @Test
    void invalidBytesAndNulInThePartCutFromALongLineAreReported() throws IOException {
        DigestParser limited = DigestParser.builder().maxPaperLength(1_000).build();
        for (int length : new int[] {3_000, 100_000}) {
            String half = "w".repeat(length / 2);
            String paper2 = ProblemPositionsTest.paper(2)
                    .replace("Conclusion: conclusion 2", "Conclusion: " + half + "\u0001(" + half)
                    .replace("Abstract: abstract 2", "Abstract: " + half + "\0" + half);
            byte[] bytes = ProblemPositionsTest.three(ProblemPositionsTest.paper(1), paper2, ProblemPositionsTest.paper(3))
                    .getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 1) {
                    bytes[i] = (byte) 0xC3; // a lead byte followed by '(': not UTF-8
                }
            }
            Result parsed = of(limited.parse(bytes));
            // paper 2's Conclusion is on line 51, its Abstract on 53
            assertEquals(List.of("51:1 limit-exceeded", "51:" + ("Conclusion: ".length() + length / 2 + 1) + " invalid-utf8",
                            "53:" + ("Abstract: ".length() + length / 2 + 1) + " nul-character"),
                    parsed.problems().stream().filter(p -> !p.code().startsWith("paper-missing"))
                            .map(p -> p.line() + ":" + p.column() + " " + p.code()).toList(), "parse, lines of " + length);
            assertEquals(parsed, streamed(limited, new ByteArrayInputStream(bytes)), "stream, lines of " + length);
        }
    }

    /** Hands over one character per read. */
    private static final class OneCharReader extends Reader {
        private final StringReader in;

        OneCharReader(String s) {
            this.in = new StringReader(s);
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            return in.read(cbuf, off, Math.min(1, len));
        }

        @Override
        public void close() {
            in.close();
        }
    }

    /** Hands over one byte per read. */
    private static final class OneByteStream extends FilterInputStream {
        OneByteStream(byte[] b) {
            super(new ByteArrayInputStream(b));
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(1, len));
        }
    }
}
