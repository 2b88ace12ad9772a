package dev.arxivdigest.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Section#tags()}: bracketed tags glued to the start of a value. */
class SectionTagsTest {

    private static List<String> tags(String text) {
        return new Section("TL;DR", Optional.of(Field.TLDR), text, List.of(), SourceSpan.EMPTY).tags();
    }

    @Test
    void tagsAtTheStartAreRead() {
        assertEquals(List.of("Arch-Infra", "11.0"), tags("[Arch-Infra][11.0] Physics-aware inference wrapper"));
        assertEquals(List.of("Accepted", "ICML 2025"), tags("  [Accepted] [ICML 2025] 12 pages"));
        assertEquals(List.of("a"), tags("[ a ]"));
    }

    @Test
    void whatIsNoTagGivesNone() {
        assertEquals(List.of(), tags(""));
        assertEquals(List.of(), tags("Physics-aware [Arch-Infra] later in the text"));
        assertEquals(List.of(), tags("[Code](https://github.com/a/b) is released"), "a link");
        assertEquals(List.of(), tags("[Reviewer]: a label-like bracket"));
        assertEquals(List.of(), tags("['Large Language Models', 'Agents']"), "a Python-style list");
        assertEquals(List.of(), tags("[]"));
        assertEquals(List.of(), tags("[ ] empty"));
        assertEquals(List.of(), tags("[unclosed tag"));
        assertEquals(List.of(), tags("[two\nlines]"));
        assertEquals(List.of(), tags("[" + "x".repeat(41) + "] too long"));
        assertEquals(List.of("x".repeat(40)), tags("[" + "x".repeat(40) + "] just fits"));
    }

    @Test
    void tagsStopAtTheFirstThatIsNot() {
        assertEquals(List.of("A"), tags("[A] [B](https://b.org) text"));
    }
}
