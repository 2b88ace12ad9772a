package dev.arxivdigest.core.spec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The spec file format itself: the input escapes, and rewriting expected blocks in place. */
class SpecFileTest {

    private static final String F = SpecFile.FENCE;

    @Test
    void escapesStandForTheirBytes() {
        byte[] bytes = SpecInput.decode(List.of("⟨BOM⟩a⟨TAB⟩b⟨SP⟩", "c⟨NUL⟩⟨CR⟩d⟨xC3⟩⟨U+27E8⟩", "end⟨EOF⟩"), SpecInput.Eol.LF);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\t', 'b', ' ', '\n',
            'c', 0, '\r', 'd', (byte) 0xC3, (byte) 0xE2, (byte) 0x9F, (byte) 0xA8, '\n', 'e', 'n', 'd'}, bytes);
        assertArrayEquals("a\r\nb\r\n".getBytes(StandardCharsets.US_ASCII),
                SpecInput.decode(List.of("a", "b"), SpecInput.Eol.CRLF));
        assertArrayEquals("a\rb\r".getBytes(StandardCharsets.US_ASCII), SpecInput.decode(List.of("a", "b"), SpecInput.Eol.CR));
        assertArrayEquals(new byte[0], SpecInput.decode(List.of("⟨EOF⟩"), SpecInput.Eol.LF));
        assertArrayEquals(new byte[] {'\n'}, SpecInput.decode(List.of(""), SpecInput.Eol.LF));
    }

    @Test
    void badEscapesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SpecInput.decode(List.of("⟨NOPE⟩"), SpecInput.Eol.LF));
        assertThrows(IllegalArgumentException.class, () -> SpecInput.decode(List.of("a⟨TAB"), SpecInput.Eol.LF));
        assertThrows(IllegalArgumentException.class, () -> SpecInput.decode(List.of("a⟨EOF⟩", "b"), SpecInput.Eol.LF));
        assertThrows(IllegalArgumentException.class, () -> SpecInput.decode(List.of("a⟨EOF⟩b"), SpecInput.Eol.LF));
    }

    @Test
    void encodingThenDecodingGivesTheBytesBack() {
        List<String> samples = List.of("", "\n", "a", "a\r\nb\r\n", "a\rb", "a\r\nb\n", "x  \n\ty\0\uFEFF⟨\uFFFD\u0007",
                "```` fence-like\n", "last line without newline");
        for (String s : samples) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            SpecInput.Encoded e = SpecInput.encode(b);
            assertArrayEquals(b, SpecInput.decode(e.lines(), e.eol()), () -> "sample " + ModelDump.quote(s));
        }
        Random random = new Random(9);
        byte[] alphabet = {'a', ' ', '\n', '\r', '\t', 0, (byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x9F, (byte) 0xA8,
            (byte) 0xFF, (byte) 0xF0, '`', '#'};
        for (int n = 0; n < 2000; n++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = alphabet[random.nextInt(alphabet.length)];
            }
            SpecInput.Encoded e = SpecInput.encode(b);
            assertArrayEquals(b, SpecInput.decode(e.lines(), e.eol()), () -> "encoded as " + e);
        }
    }

    @Test
    void rewritingReplacesOnlyTheExpectedBlock(@TempDir Path dir) throws Exception {
        String prose = "# Title\n\nIntro.\n\n## First\n\nWhat it shows.\n\n" + F + " input\n## not a heading\n" + F + "\n\n"
                + F + " expected\nold\n" + F + "\n\n## Second\n\nNo expected block yet.\n\n" + F + " input eol=crlf\nx\n" + F + "\n";
        Files.writeString(dir.resolve("a.md"), prose);
        List<SpecExample> read = SpecFile.readAll(dir);
        assertEquals(List.of("a.md: First", "a.md: Second"), read.stream().map(SpecExample::toString).toList());
        assertEquals("old\n", read.get(0).expected());
        assertEquals("", read.get(1).expected());
        assertArrayEquals("x\r\n".getBytes(StandardCharsets.US_ASCII), read.get(1).input());

        SpecFile.rewrite(dir, read.get(1), "two\n");
        SpecFile.rewrite(dir, read.get(0), "one\nlines\n");
        assertEquals("# Title\n\nIntro.\n\n## First\n\nWhat it shows.\n\n" + F + " input\n## not a heading\n" + F + "\n\n"
                + F + " expected\none\nlines\n" + F + "\n\n## Second\n\nNo expected block yet.\n\n" + F + " input eol=crlf\nx\n"
                + F + "\n\n" + F + " expected\ntwo\n" + F + "\n", Files.readString(dir.resolve("a.md")));
        assertEquals(List.of("one\nlines\n", "two\n"), SpecFile.readAll(dir).stream().map(SpecExample::expected).toList());
    }
}
