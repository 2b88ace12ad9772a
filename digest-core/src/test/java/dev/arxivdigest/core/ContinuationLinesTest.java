package dev.arxivdigest.core;

import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Field;
import dev.arxivdigest.model.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Continuation lines of a value in the middle paper of {@link ProblemPositionsTest#THREE} (its
 * Motivation on line 45, its Method on line 47): which are reported as {@code section-continued},
 * against the two papers around it, whose values hold one line.
 */
class ContinuationLinesTest {

    // a new parser per input: a shared one would answer label lookups from its memo
    private static Digest parse(String md) {
        return DigestParser.builder().build().parse(md);
    }

    private static List<Problem> continued(Digest d) {
        return d.problems().stream().filter(p -> p.code().equals("section-continued")).toList();
    }

    @Test
    void onlyTheFirstPlainContinuationLineIsReported() {
        Digest d = parse(ProblemPositionsTest.THREE.replace("Method: method 2\n",
                "Method: method 2\ncontinued here\nand here\n"));
        assertEquals(Optional.of("method 2\ncontinued here\nand here"), d.papers().get(1).method());
        List<Problem> c = continued(d);
        assertEquals(1, c.size(), c.toString());
        assertEquals(48, c.get(0).line());
        assertEquals(1, c.get(0).column());
    }

    @Test
    void quotedContinuationLinesAreNotPlainContinuations() {
        Digest d = parse(ProblemPositionsTest.THREE.replace("Motivation: motivation 2\n",
                "> Motivation: motivation 2\n> more\n"));
        assertEquals(Optional.of("motivation 2\nmore"), d.papers().get(1).motivation());
        assertEquals(List.of(), continued(d));
    }

    @Test
    void indentedLinesAndListItemsAreNotPlainContinuations() {
        Digest d = parse(ProblemPositionsTest.THREE.replace("Method: method 2\n",
                "Method: method 2\n  indented\n- item\n"));
        assertEquals("method 2\n  indented\n- item", d.papers().get(1).section(Field.METHOD).orElseThrow().text());
        assertEquals(List.of(), continued(d));
    }
}
