package dev.arxivdigest.core;

import dev.arxivdigest.model.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The three-paper digest that damage cases start from, and the damage behaviour that is not an
 * input-to-model case. The damage cases themselves (one per malformation, with the problem code,
 * line and column, and every paper's content) are spec examples: {@code src/test/resources/spec/damage}.
 */
class MalformedInputTest {

    private static final DigestParser PARSER = DigestParser.builder().build();

    /** A canonical paper with index i; lines: header, authors, blank, main, blank, tldr, ... */
    static String paper(int i) {
        return "### [" + i + "] [Title " + i + "](https://arxiv.org/abs/2512.0000" + i + ")\n"
                + "*Alice A,Bob B*\n"
                + "\n"
                + "Main category: cs.LG\n"
                + "\n"
                + "TL;DR: tldr " + i + "\n"
                + "\n"
                + "\n"
                + "<details>\n"
                + "  <summary>Details</summary>\n"
                + "Motivation: motivation " + i + "\n"
                + "\n"
                + "Method: method " + i + "\n"
                + "\n"
                + "Result: result " + i + "\n"
                + "\n"
                + "Conclusion: conclusion " + i + "\n"
                + "\n"
                + "Abstract: abstract " + i + "\n"
                + "\n"
                + "</details>\n";
    }

    static final String TOC = "<div id=toc></div>\n\n# Table of Contents\n\n- [cs.LG](#cs.LG) [Total: 3]\n\n\n"
            + "<div id='cs.LG'></div>\n\n# cs.LG [[Back]](#toc)\n\n";

    static String digest(String p1, String p2, String p3) {
        return TOC + p1 + "\n\n" + p2 + "\n\n" + p3;
    }

    static String digest() {
        return digest(paper(1), paper(2), paper(3));
    }

    @Test
    void theCleanDigestIsWrittenBackByteForByte() {
        assertEquals(digest(), DigestWriter.canonical().write(PARSER.parse(digest())));
    }

    @Test
    void multiLineValuesAreWrittenBackByteForByte() {
        String p2 = paper(2).replace("Method: method 2", "Method: 1. first step\n2. second step\n3. third step")
                .replace("Abstract: abstract 2", "Abstract: First paragraph.\n  Second paragraph begins with spaces.\n  Third.");
        String text = digest(paper(1), p2, paper(3));
        assertEquals(text, DigestWriter.canonical().write(PARSER.parse(text)));
    }

    @Test
    void strictModeThrowsOneExceptionWithAllProblems() {
        DigestParser strict = DigestParser.builder().strict(true).build();
        String damaged = digest(paper(1), paper(2).replace("TL;DR: tldr 2\n", ""), paper(3).replace("*Alice A,Bob B*\n", ""));
        DigestException e = assertThrows(DigestException.class, () -> strict.parse(damaged));
        assertEquals(List.of("paper-missing-tldr", "paper-missing-authors"), e.problems().stream().map(Problem::code).toList());
        assertEquals(3, strict.parse(digest()).papers().size());
    }
}
