package dev.arxivdigest.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** {@link Link#findAll(CharSequence)}, {@link Section#links()} and {@link Paper#links()}. */
class LinkTest {

    private static List<Link> links(String markdown) {
        return Link.findAll(markdown);
    }

    @Test
    void inlineLinksKeepTheirTextAsWritten() {
        assertEquals(List.of(new Link("[PDF]", "https://arxiv.org/pdf/1")), links("[[PDF]](https://arxiv.org/pdf/1)"));
        assertEquals(List.of(new Link("**[PDF]**", "https://arxiv.org/pdf/1")), links("[**[PDF]**](https://arxiv.org/pdf/1)"));
        assertEquals(List.of(new Link("arXiv abstract", "https://arxiv.org/abs/1"), new Link("arXiv pdf", "https://arxiv.org/pdf/1")),
                links("免费全文: [arXiv abstract](https://arxiv.org/abs/1), [arXiv pdf](https://arxiv.org/pdf/1)"));
    }

    @Test
    void aTitleAndAngleBracketsAreNotPartOfTheUrl() {
        assertEquals(List.of(new Link("a", "https://x.org/p")), links("[a](https://x.org/p \"The title\")"));
        assertEquals(List.of(new Link("a", "https://x.org/p")), links("[a](<https://x.org/p>)"));
    }

    @Test
    void parenthesesInsideTheUrlAreBalanced() {
        assertEquals(List.of(new Link("w", "https://en.wikipedia.org/wiki/A_(b)")),
                links("see [w](https://en.wikipedia.org/wiki/A_(b)) now"));
    }

    @Test
    void autolinksAndBareUrlsAreLinksToThemselves() {
        assertEquals(List.of(new Link("https://a.org/x", "https://a.org/x")), links("at <https://a.org/x>"));
        assertEquals(List.of(new Link("https://github.com/a/b", "https://github.com/a/b")),
                links("Project Page: https://github.com/a/b."));
        assertEquals(List.of(new Link("http://a.org/x_(y)", "http://a.org/x_(y)")), links("(see http://a.org/x_(y))"));
        assertEquals(List.of(new Link("https://a.org/", "https://a.org/")), links("代码：https://a.org/，欢迎使用"));
        assertEquals(List.of(new Link("https://a.org/x/", "https://a.org/x/")), links("at \\url{https://a.org/x/}."));
        assertEquals(List.of(new Link("https://a.org/x/", "https://a.org/x/")), links("\\href{https://a.org/x/}{X}"));
    }

    @Test
    void aUrlInsideALinkIsNotASecondLink() {
        assertEquals(List.of(new Link("https://a.org", "https://a.org")), links("[https://a.org](https://a.org)"));
    }

    @Test
    void whatIsNoLinkGivesNone() {
        assertEquals(List.of(), links(""));
        assertEquals(List.of(), links("No link here: [not a link] (nor this)."));
        assertEquals(List.of(), links("![chart](https://x.org/c.png)"));
        assertEquals(List.of(new Link("https://x.org/", "https://x.org/")), links("[a](https://x.org/\nb)"),
                "a destination does not cross a line: the URL is a bare one");
        assertEquals(List.of(), links("[a](   )"));
        assertEquals(List.of(), links("https:// alone"));
        assertEquals(List.of(new Link("https://x.org", "https://x.org")), links("[a\n\nb](https://x.org)"),
                "a link does not cross a blank line: the URL is a bare one");
        assertThrows(NullPointerException.class, () -> links(null));
        assertThrows(NullPointerException.class, () -> new Link(null, "u"));
        assertThrows(NullPointerException.class, () -> new Link("t", null));
    }

    @Test
    void deepBracketsAndManyOpenLinksAreReadInOnePass() {
        // quadratic scanning would take minutes on these; one pass takes milliseconds
        String brackets = "[".repeat(200_000) + "x" + "]".repeat(200_000) + "(https://x.org)";
        String opens = "[a](https://x.org/".repeat(100_000);
        String parens = "[a](" + "(".repeat(200_000);
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            assertEquals(1, links(brackets).size());
            links(opens);
            assertEquals(List.of(), links(parens));
        });
    }

    @Test
    void aPaperShowsItsHeaderLinksThenItsSectionsLinks() {
        Section doi = new Section("DOI", Optional.empty(), "[10.1/x](https://doi.org/10.1/x)", List.of(), SourceSpan.EMPTY);
        Section tldr = new Section("TL;DR", Optional.of(Field.TLDR), "Code: https://github.com/a/b", List.of(), SourceSpan.EMPTY);
        Details details = new Details("Details", List.of(new Section("Abstract", Optional.of(Field.ABSTRACT),
                "<https://p.org>", List.of(), SourceSpan.EMPTY)), Attributes.EMPTY, SourceSpan.EMPTY);
        Paper p = new Paper(Optional.of("1"), "T", "https://arxiv.org/abs/1", Optional.empty(), List.of(),
                List.of(doi, tldr), Optional.of(details), Attributes.EMPTY, SourceSpan.EMPTY, List.of(),
                List.of(new Link("[PDF]", "https://arxiv.org/pdf/1")));
        assertEquals(List.of(new Link("[PDF]", "https://arxiv.org/pdf/1"), new Link("10.1/x", "https://doi.org/10.1/x"),
                new Link("https://github.com/a/b", "https://github.com/a/b"), new Link("https://p.org", "https://p.org")),
                p.links());
        Paper plain = new Paper(Optional.of("1"), "T", "https://arxiv.org/abs/1", Optional.empty(), List.of(),
                List.of(), Optional.empty(), Attributes.EMPTY, SourceSpan.EMPTY, List.of());
        assertEquals(List.of(), plain.headerLinks());
        assertEquals(List.of(), plain.links(), "the title's link is link(), not repeated");
    }
}
