package dev.arxivdigest.core;

import dev.arxivdigest.model.Field;
import dev.arxivdigest.model.Paper;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dialect behaviour that depends on the parser's configuration. The shapes forks write (see
 * DIALECTS.md), one example each, are spec examples: {@code src/test/resources/spec/dialects}.
 */
class DialectShapesTest {

    @Test
    void aliasTableIsExtensibleOnTheBuilder() {
        String md = "### [1] [T](https://arxiv.org/abs/2501.00001)\n*A*\n\n**研究背景:** bg\n";
        assertTrue(DigestParser.builder().build().parse(md).papers().get(0).motivation().isEmpty());
        Paper p = DigestParser.builder().addLabelAlias("研究背景", Field.MOTIVATION).build().parse(md).papers().get(0);
        assertEquals(Optional.of("bg"), p.motivation());
        assertEquals(Field.TLDR, DigestParser.defaultLabelAliases().get("ai概要"));
    }
}
