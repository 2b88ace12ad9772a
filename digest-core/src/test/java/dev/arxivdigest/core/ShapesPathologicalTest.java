package dev.arxivdigest.core;

import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The issue-10 shapes on hostile input: header links, bars between labels, one-line lists, tags and
 * links in values, each repeated a hundred thousand times on one line, parse and read back without
 * a hang (the timeouts only catch runaway scans: a linear pass takes well under a second).
 */
class ShapesPathologicalTest {

    private static final DigestParser PARSER = DigestParser.builder().maxProblems(100).build();
    private static final String HEADER = "### [1] [T](https://arxiv.org/abs/2501.00001)";

    private static Paper only(String markdown) {
        Digest d = PARSER.parse(markdown);
        assertEquals(1, d.papers().size());
        Paper p = d.papers().get(0);
        p.links();
        p.categories();
        for (Section s : p.allSections()) {
            s.tags();
            s.links();
        }
        return p;
    }

    @Test
    @Timeout(30)
    void manyHeaderLinks() {
        Paper p = only(HEADER + " [[PDF]](https://x.org/p)".repeat(100_000) + "\n*A*\n\nTL;DR: v\n");
        assertEquals(100_000, p.headerLinks().size());
        only(HEADER + " [[PDF](https://x.org/p".repeat(100_000) + "\n*A*\n");
        only(HEADER + " [" + "[".repeat(100_000) + "](" + "(".repeat(100_000) + "\n*A*\n");
    }

    @Test
    @Timeout(30)
    void manyBarsOnALabelLine() {
        Paper p = only(HEADER + "\n*A*\n\nScore: 1" + " | a".repeat(200_000) + "\n");
        assertTrue(p.section("Score").orElseThrow().text().length() > 800_000, "a bar in text does not split");
        only(HEADER + "\n*A*\n\nScore: 1" + " | **a:".repeat(100_000) + "\n");
        only(HEADER + "\n*A*\n\nScore: 1" + " | x".repeat(100_000) + " | Tags: a, b\n");
    }

    @Test
    @Timeout(30)
    void longOneLineListsTagsAndLinks() {
        Paper p = only(HEADER + "\n*A*\n\nTags: " + "a, ".repeat(200_000) + "b\n");
        assertEquals(200_001, p.section("Tags").orElseThrow().items().size());
        only(HEADER + "\n*A*\n\nTopics: [" + "'a', ".repeat(100_000) + "'b'\n");
        only(HEADER + "\n*A*\n\nCategories: " + "(".repeat(200_000) + " [x](y)\n");
        only(HEADER + "\n*A*\n\nTL;DR: " + "[t]".repeat(200_000) + "\n");
        only(HEADER + "\n*A*\n\nTL;DR: " + "https://a.org/(".repeat(100_000) + "\n");
        only(HEADER + "\n*A*\n\nTL;DR: " + "<https://a.org/".repeat(100_000) + "\n");
        only(HEADER + "\n*A*\n\nTL;DR: " + "[a](https://a.org \"".repeat(100_000) + "\n");
    }
}
