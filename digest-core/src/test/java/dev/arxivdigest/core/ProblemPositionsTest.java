package dev.arxivdigest.core;

import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.ProblemCode;
import dev.arxivdigest.model.Severity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every problem code, reported at its exact line and column: one small input per code, the
 * expected position written down next to it (lines counted in the input as shown; the canonical
 * one-paper digest below has its paper header on line 12, TL;DR on 17, {@code <details>} on 20 and
 * {@code </details>} on 32; with three papers they start on lines 12, 35 and 58).
 */
class ProblemPositionsTest {

    /** A canonical paper, 23 lines including the two blank lines after it. */
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

    /** The table of contents and category heading for {@code total} papers in cs.LG (11 lines). */
    static String head(int total) {
        return "<div id=toc></div>\n\n# Table of Contents\n\n- [cs.LG](#cs.LG) [Total: " + total + "]\n\n\n"
                + "<div id='cs.LG'></div>\n\n# cs.LG [[Back]](#toc)\n\n";
    }

    static final String ONE = head(1) + paper(1);
    /** {@link #ONE} with a second entry, cs.AI, in its table of contents: every line after 5 is one lower. */
    static final String TWO_IN_TOC = ONE.replace("[Total: 1]\n", "[Total: 1]\n- [cs.AI](#cs.AI) [Total: 1]\n");
    static final String THREE = three(paper(1), paper(2), paper(3));

    /** Three papers in cs.LG under a table of contents. */
    static String three(String p1, String p2, String p3) {
        return head(3) + p1 + "\n\n" + p2 + "\n\n" + p3;
    }

    /** One input, the parser to read it with, and where the code must be reported. */
    record Case(String code, byte[] input, DigestParser parser, int line, int column) {
        Case(String code, String input, int line, int column) {
            this(code, input.getBytes(StandardCharsets.UTF_8), DigestParser.builder().build(), line, column);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withByte(String s, String marker, int b) {
        byte[] before = bytes(s.substring(0, s.indexOf(marker)));
        byte[] after = bytes(s.substring(s.indexOf(marker)));
        byte[] out = Arrays.copyOf(before, before.length + 1 + after.length);
        out[before.length] = (byte) b;
        System.arraycopy(after, 0, out, before.length + 1, after.length);
        return out;
    }

    private static final SectionExtractor<String> THROWING = SectionExtractor.of(
            dev.arxivdigest.model.Key.of("test.throwing"), s -> s.labelIs("Method"), (s, p) -> {
                throw new IllegalStateException("boom");
            });

    static final List<Case> CASES = List.of(
            new Case("empty-input", "", 1, 1),
            new Case("not-a-digest", "just some words\n", 1, 1),
            new Case("invalid-utf8", withByte(ONE, "dr 1\n", 0xFF), DigestParser.builder().build(), 17, 10),
            new Case("nul-character", ONE.replace("TL;DR: tldr 1", "TL;DR: tl\0dr 1"), 17, 10),
            new Case("byte-order-mark", "\uFEFF" + ONE, 1, 1),
            new Case("crlf-line-endings", ONE.replace("\n", "\r\n"), 1, 19),
            new Case("cr-line-endings", ONE.replace("\n", "\r"), 1, 19),
            new Case("limit-exceeded", bytes(THREE), DigestParser.builder().maxPapers(2).build(), 58, 1),
            new Case("too-many-problems", bytes(THREE.replace("TL;DR: tldr 2", "").replace("TL;DR: tldr 3", "")),
                    DigestParser.builder().maxProblems(1).build(), 58, 1),
            new Case("missing-toc", paper(1), 1, 1),
            new Case("toc-total-mismatch", head(2) + paper(1), 5, 1),
            new Case("toc-category-missing", ONE.replace("[Total: 1]\n", "[Total: 1]\n- [cs.AI](#cs.AI) [Total: 1]\n"), 6, 1),
            new Case("category-not-in-toc", head(1) + paper(1) + "\n\n<div id='cs.AI'></div>\n\n# cs.AI [[Back]](#toc)\n\n"
                    + paper(2), 37, 1),
            new Case("category-empty", ONE + "\n\n<div id='cs.AI'></div>\n\n# cs.AI [[Back]](#toc)\n", 37, 1),
            new Case("category-duplicate", ONE + "\n\n<div id='cs.LG'></div>\n\n# cs.LG [[Back]](#toc)\n\n" + paper(2), 37, 1),
            new Case("category-heading-missing", TWO_IN_TOC + "\n\n<div id='cs.AI'></div>\n\n" + paper(2), 36, 1),
            new Case("paper-outside-category", "<div id=toc></div>\n\n# Table of Contents\n\n- [cs.LG](#cs.LG) [Total: 1]\n\n\n"
                    + paper(1), 8, 1),
            new Case("unexpected-text", ONE.replace("(#toc)\n\n", "(#toc)\n\nSome stray words.\n\n"), 12, 1),
            new Case("paper-broken-header", ONE.replace("2512.00001)", "2512.00001"), 12, 1),
            new Case("paper-index-missing", THREE.replace("### [2] ", "### "), 35, 1),
            new Case("paper-index-out-of-order", THREE.replace("### [2] ", "### [5] "), 35, 1),
            new Case("paper-index-duplicate", THREE.replace("### [2] ", "### [1] "), 35, 1),
            new Case("paper-duplicate", THREE.replace("2512.00002", "2512.00001"), 35, 1),
            new Case("paper-missing-authors", ONE.replace("*Alice A,Bob B*\n", ""), 12, 1),
            new Case("paper-missing-main-category", ONE.replace("Main category: cs.LG\n", ""), 12, 1),
            new Case("paper-missing-tldr", ONE.replace("TL;DR: tldr 1\n", ""), 12, 1),
            new Case("paper-missing-details", ONE.substring(0, ONE.indexOf("<details>")), 12, 1),
            new Case("paper-missing-section", ONE.replace("Result: result 1\n", ""), 20, 1),
            new Case("paper-unlabelled-text", ONE.replace("Details</summary>\n", "Details</summary>\nA bare line.\n\n"), 22, 1),
            new Case("field-empty", ONE.replace("TL;DR: tldr 1", "TL;DR: "), 17, 1),
            // cut after "Method: method 1\n\n": reported at the end of the last line that has text
            new Case("paper-truncated", ONE.substring(0, ONE.indexOf("Result:")), 24, 17),
            new Case("section-unknown-label", ONE.replace("Abstract: abstract 1\n", "Abstract: abstract 1\n\nFunding: NSF\n"), 32, 1),
            new Case("section-out-of-order", ONE.replace("Motivation: motivation 1\n\nMethod: method 1",
                    "Method: method 1\n\nMotivation: motivation 1"), 24, 1),
            new Case("section-duplicate", ONE.replace("Result: result 1\n", "Result: result 1\n\nResult: again\n"), 28, 1),
            new Case("section-continued", THREE.replace("Method: method 2\n", "Method: method 2\ncontinued here\n"), 48, 1),
            new Case("details-unclosed", head(3) + paper(1) + "\n\n" + paper(2).replace("</details>\n", "") + "\n\n" + paper(3), 43, 1),
            new Case("details-unbalanced", ONE + "</details>\n", 33, 1),
            new Case("details-summary-missing", head(3) + paper(1) + "\n\n"
                    + paper(2).replace("  <summary>Details</summary>\n", "") + "\n\n" + paper(3), 43, 1),
            new Case("extractor-failed", bytes(ONE), DigestParser.builder().addExtractor(THROWING).build(), 24, 1),
            new Case("section-invalid-value", ONE.replace("Abstract: abstract 1\n", "Abstract: abstract 1\n\nRelevance Score: high\n"), 32, 1));

    @TestFactory
    List<DynamicTest> everyCodeAtItsLineAndColumn() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.code(), () -> {
            Digest d = c.parser().parse(c.input());
            List<String> found = d.problems().stream().filter(p -> p.code().equals(c.code()))
                    .map(p -> p.line() + ":" + p.column()).toList();
            assertTrue(found.contains(c.line() + ":" + c.column()), c.code() + " expected at " + c.line() + ":"
                    + c.column() + ", found at " + found + "; all problems: " + d.problems());
        })).toList();
    }

    @Test
    void everyProblemCodeHasACase() {
        Set<String> codes = Arrays.stream(ProblemCode.values()).map(ProblemCode::code)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = CASES.stream().map(Case::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(codes, covered);
        assertEquals(40, codes.size(), "ProblemCode changed: add its case here");
    }
}
