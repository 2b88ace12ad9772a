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

    /** The canonical paper of {@link ProblemPositionsTest#paper(int)}, with index i. */
    static String paper(int i) {
        return ProblemPositionsTest.paper(i);
    }

    /** Three papers in cs.LG under a table of contents, as {@link ProblemPositionsTest#three}. */
    static String digest(String p1, String p2, String p3) {
        return ProblemPositionsTest.three(p1, p2, p3);
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
