package dev.arxivdigest.core;

import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A list item right under a one-line canonical field is reported like a plain line there
 * ({@code section-continued}) when the neighbours' same field is one line; kept in the value.
 */
class ListItemContinuationTest {

    private static final DigestParser PARSER = DigestParser.builder().build();

    /** A canonical paper of 21 lines with a one-line method (header to the blank line after the details block). */
    private static String paper(int n, String method) {
        return "### [" + n + "] [Paper " + n + "](https://arxiv.org/abs/2507.0000" + n + ")\n"
                + "*A, B*\n\nMain category: cs.CV\n\nTL;DR: tldr " + n + "\n\n<details>\n  <summary>Details</summary>\n"
                + "Motivation: motivation " + n + "\n\n" + method + "\n\nResult: r\n\nConclusion: c\n\nAbstract: a\n\n"
                + "</details>\n\n";
    }

    private static String digest(String... papers) {
        return "<div id=toc></div>\n\n# Table of Contents\n\n- [cs.CV](#cs.CV) [Total: " + papers.length + "]\n\n\n"
                + "<div id='cs.CV'></div>\n\n# cs.CV [[Back]](#toc)\n\n" + String.join("", papers);
    }

    private static List<Problem> continued(Digest d) {
        return d.problems().stream().filter(p -> p.code().equals("section-continued")).toList();
    }

    @Test
    void aListItemUnderAOneLineFieldIsReported() {
        Digest d = PARSER.parse(digest(paper(1, "Method: m"), paper(2, "Method: m\n- an item"), paper(3, "Method: m")));
        List<Problem> found = continued(d);
        assertEquals(1, found.size(), found.toString());
        // paper 1's header is on line 12, paper 2's 21 lines later; its Method is its 12th line, the item under it
        assertEquals(33 + 12, found.get(0).line());
        assertEquals("the Method continues on a list item right under its one-line value, unlike the papers "
                + "around it; the line is kept in the value", found.get(0).message());
        assertEquals(Optional.of("m\n- an item"), d.papers().get(1).method());
        assertEquals(List.of(), d.papers().get(0).problems());
        assertEquals(List.of(), d.papers().get(2).problems());
    }

    @Test
    void notReportedWhenTheNeighboursWriteTheirsLikeThat() {
        Digest d = PARSER.parse(digest(paper(1, "Method: m\n- x"), paper(2, "Method: m\n- y"), paper(3, "Method: m\n- z")));
        assertEquals(List.of(), continued(d));
        assertEquals(Optional.of("m\n- y"), d.papers().get(1).method());
    }

    @Test
    void aListUnderALabelAloneOnItsLineIsItsValue() {
        Digest d = PARSER.parse(digest(paper(1, "Method: m"), paper(2, "Method:\n- a\n- b"), paper(3, "Method: m")));
        assertEquals(List.of(), continued(d));
        assertEquals(Optional.of("- a\n- b"), d.papers().get(1).method());
    }

    @Test
    void aPlainLineIsStillReportedAsBefore() {
        Digest d = PARSER.parse(digest(paper(1, "Method: m"), paper(2, "Method: m\nlorem"), paper(3, "Method: m")));
        List<Problem> found = continued(d);
        assertEquals(1, found.size(), found.toString());
        assertEquals("the Method continues on a line that is neither a list item nor indented, unlike the papers "
                + "around it; the line is kept in the value", found.get(0).message());
    }

    @Test
    void aNumberedListStartedOnTheLabelLineIsItsValue() {
        // as upstream writes it: "Method: 1. ..." then "2. ..."
        Digest d = PARSER.parse(digest(paper(1, "Method: m"), paper(2, "Method: 1. a\n2. b\n- c"), paper(3, "Method: m")));
        assertEquals(List.of(), continued(d));
        assertEquals(Optional.of("1. a\n2. b\n- c"), d.papers().get(1).method());
    }
}
