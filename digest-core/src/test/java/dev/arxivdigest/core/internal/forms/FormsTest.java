package dev.arxivdigest.core.internal.forms;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each recogniser, from a plain string. */
class FormsTest {

    private static Line line(String s) {
        return Line.of(s);
    }

    // ---------------------------------------------------------------- line

    @Test
    void lineViewPositions() {
        Line l = new Line().set(TextWindow.of("ab\n  x y \t\nc"), 3, 10, 2, 100);
        assertEquals(3, l.start());
        assertEquals(5, l.first());
        assertEquals(10, l.end());
        assertEquals(8, l.trimmedEnd());
        assertEquals(2, l.number());
        assertEquals('x', l.firstChar());
        assertEquals(105, l.offset(5));
        assertEquals(3, l.column(5));
        assertEquals("x y", l.substring(l.first(), l.trimmedEnd()));
        assertFalse(l.isBlank());
        assertTrue(line(" \u3000\t").isBlank());
    }

    @Test
    void aTriggerTableOffersALineOnlyTheFormsItsFirstCharacterStarts() {
        // MetadataLinkForm's triggers reach beyond ASCII ("•", "链"): those are looked up too
        TriggerTable<Form> table = new TriggerTable<>(java.util.List.of(HeadingForm.INSTANCE, SeparatorForm.INSTANCE,
                MetadataLinkForm.INSTANCE), Form[]::new);
        assertEquals(java.util.List.of(HeadingForm.INSTANCE), java.util.List.of(table.candidates('#')));
        assertEquals(java.util.List.of(SeparatorForm.INSTANCE, MetadataLinkForm.INSTANCE),
                java.util.List.of(table.candidates('-')));
        assertEquals(java.util.List.of(MetadataLinkForm.INSTANCE), java.util.List.of(table.candidates('链')));
        assertEquals(0, table.candidates('x').length);
        assertEquals(0, table.candidates('中').length, "a CJK character no form starts with");
    }

    // ---------------------------------------------------------------- block starts

    @Test
    void blockStartsAreHeadingsAndAnchors() {
        assertTrue(Forms.startsBlock(line("### [1] [T](https://arxiv.org/abs/2501.00001)")));
        assertTrue(Forms.startsBlock(line("    # cs.CV")));
        assertTrue(Forms.startsBlock(line("#")));
        assertTrue(Forms.startsBlock(line("<div id='cs.CV'></div>")));
        assertTrue(Forms.startsBlock(line("<A id=\"x\"></a>")));
        assertFalse(Forms.startsBlock(line("     # five spaces")));
        assertFalse(Forms.startsBlock(line("####### seven")));
        assertFalse(Forms.startsBlock(line("#hashtag")));
        assertFalse(Forms.startsBlock(line("\t# tab")));
        assertFalse(Forms.startsBlock(line("<details>")));
        assertFalse(Forms.startsBlock(line("- [cs.CV](#cs.CV)")));
        assertFalse(Forms.startsBlock(line("")));
    }

    // ---------------------------------------------------------------- headings

    @Test
    void headings() {
        assertEquals(new HeadingForm.Match(2, 3, 8), HeadingForm.INSTANCE.match(line("## cs.CV  ")));
        assertEquals(new HeadingForm.Match(1, 1, 1), HeadingForm.INSTANCE.match(line("#")));
        assertEquals(3, HeadingForm.INSTANCE.match(line("   ###\ttitle")).level());
        assertNull(HeadingForm.INSTANCE.match(line("    # four spaces")));
        assertNull(HeadingForm.INSTANCE.match(line("####### seven")));
        assertNull(HeadingForm.INSTANCE.match(line("#tag")));
        assertNull(HeadingForm.INSTANCE.match(line("text")));
        assertEquals(6, HeadingForm.backLink("cs.CV [[Back]](#toc)"));
        assertEquals(-1, HeadingForm.backLink("cs.CV"));
        assertEquals(-1, HeadingForm.backLink("a [[b]] c"));
    }

    // ---------------------------------------------------------------- paper headers

    private static PaperHeaderForm.Match header(String text) {
        Line l = line(text);
        return PaperHeaderForm.INSTANCE.match(l, l.first(), l.trimmedEnd());
    }

    @Test
    void paperHeaders() {
        assertEquals(new PaperHeaderForm.Match("1", "Title", "https://arxiv.org/abs/2501.00001", null, -1),
                header("[1] [Title](https://arxiv.org/abs/2501.00001)"));
        assertEquals(new PaperHeaderForm.Match(null, "Title", "https://doi.org/10.1/x", null, -1),
                header("**[Title](https://doi.org/10.1/x)**"));
        assertEquals(new PaperHeaderForm.Match("12", "T", "http://a", null, -1), header("12. [T](http://a)"));
        assertEquals("[Re] On $O(n^2)$ (and [more])",
                header("[2] [[Re] On $O(n^2)$ (and [more])](https://arxiv.org/abs/2501.00002)").title());
        assertEquals("$[0,1)$ bounds", header("[3] [$[0,1)$ bounds](https://arxiv.org/abs/2501.00003)").title());
        // "[1] [T](" is 8 characters, the 23-character link and ")" end at 31, a space, then "[[PDF]]" at 33
        assertEquals(33, header("[1] [T](https://arxiv.org/abs/1) [[PDF]](https://x)").trailing());
    }

    @Test
    void brokenPaperHeadersAreStillHeaders() {
        assertEquals("the title has no link", header("[1] [Title]").broken());
        assertEquals("the link is not closed with ')'", header("[1] [Title](https://arxiv.org/abs/1").broken());
        assertEquals("the link points to an anchor, not to a paper", header("[1] [Title](#x)").broken());
        assertEquals("the link is empty", header("[1] [Title]()").broken());
        assertEquals(new PaperHeaderForm.Match("4", "Just a title", "", "no [title](link) after the index", -1),
                header("[4] Just a title"));
    }

    @Test
    void notPaperHeaders() {
        assertNull(header("cs.CV [[Back]](#toc)"));
        assertNull(header("[cs.CV](#cs.CV)"));
        assertNull(header("1. [x]"));
        assertNull(header("1. Introduction"));
        assertNull(header("2025-07-08"));
        assertNull(header("Table of Contents"));
        assertNull(header("**bold**"));
    }

    // ---------------------------------------------------------------- anchors, toc, details, separators

    @Test
    void anchors() {
        assertEquals("cs.CV", AnchorForm.INSTANCE.match(line("<div id='cs.CV'></div>")));
        assertEquals("toc", AnchorForm.INSTANCE.match(line("<div id=toc></div>")));
        assertEquals("cs.AI", AnchorForm.INSTANCE.match(line("<a name=\"cs.AI\"></a>  ")));
        assertEquals("x", AnchorForm.INSTANCE.match(line("<a id=\"x\"/>")));
        assertNull(AnchorForm.INSTANCE.match(line("<div id='x'>text</div>")));
        assertNull(AnchorForm.INSTANCE.match(line("<div class='x'></div>")));
        assertNull(AnchorForm.INSTANCE.match(line("<details>")));
    }

    @Test
    void tocEntries() {
        assertEquals(new TocEntryForm.Match("cs.CV", "cs.CV", OptionalInt.of(12)),
                TocEntryForm.INSTANCE.match(line("- [cs.CV](#cs.CV) [Total: 12]")));
        assertEquals(new TocEntryForm.Match("cs.CV (3)", "cs.CV", OptionalInt.of(3)),
                TocEntryForm.INSTANCE.match(line("* [cs.CV (3)](#cs.CV)")));
        assertEquals(new TocEntryForm.Match("计算机视觉", "cs.CV", OptionalInt.of(7)),
                TocEntryForm.INSTANCE.match(line("+ [计算机视觉](#cs.CV) (7 篇)")));
        assertEquals(OptionalInt.empty(), TocEntryForm.INSTANCE.match(line("- [cs.CV](#cs.CV)")).total());
        assertNull(TocEntryForm.INSTANCE.match(line("- [cs.CV](https://x)")));
        assertNull(TocEntryForm.INSTANCE.match(line("-[cs.CV](#cs.CV)")));
        assertNull(TocEntryForm.INSTANCE.match(line("[cs.CV](#cs.CV)")));
    }

    @Test
    void detailsTags() {
        assertEquals(DetailsTagForm.Tag.OPEN, DetailsTagForm.INSTANCE.match(line("<details><summary>x</summary>")));
        assertEquals(DetailsTagForm.Tag.CLOSE, DetailsTagForm.INSTANCE.match(line("  </DETAILS>")));
        assertEquals(DetailsTagForm.Tag.SUMMARY, DetailsTagForm.INSTANCE.match(line("  <summary>Details</summary>")));
        assertNull(DetailsTagForm.INSTANCE.match(line("<div id='x'></div>")));
        assertNull(DetailsTagForm.INSTANCE.match(line("text <details>")));
    }

    @Test
    void separatorsAndBackLinks() {
        assertTrue(SeparatorForm.INSTANCE.opens(line("---")));
        assertTrue(SeparatorForm.INSTANCE.opens(line(" * * * ")));
        assertTrue(SeparatorForm.INSTANCE.opens(line("_____")));
        assertFalse(SeparatorForm.INSTANCE.opens(line("--")));
        assertFalse(SeparatorForm.INSTANCE.opens(line("-*-")));
        assertFalse(SeparatorForm.INSTANCE.opens(line("- item")));
        assertTrue(BackLinksForm.INSTANCE.opens(line("[Back](#toc)")));
        assertTrue(BackLinksForm.INSTANCE.opens(line("[Back to top](#toc) | [cs.CV](#cs.CV)")));
        assertFalse(BackLinksForm.INSTANCE.opens(line("[Back](#toc) and more")));
        assertFalse(BackLinksForm.INSTANCE.opens(line("[Paper](https://arxiv.org/abs/1)")));
    }

    // ---------------------------------------------------------------- labels

    private static String label(String text) {
        LabelForm.Match m = LabelForms.match(line(text), 0);
        return m == null ? null : text.substring(m.labelStart(), m.labelEnd());
    }

    private static String value(String text) {
        LabelForm.Match m = LabelForms.match(line(text), 0);
        return text.substring(m.valueStart(), m.valueEnd() < 0 ? text.length() : m.valueEnd()).strip();
    }

    @Test
    void plainLabels() {
        assertEquals("TL;DR", label("TL;DR: short"));
        assertEquals("short", value("TL;DR: short"));
        assertEquals("动机", label("动机：为什么"));
        assertEquals("为什么", value("动机：为什么"));
        assertEquals("Method", label("Method:"));
        assertNull(label("http://example.org is a link"));
        assertNull(label("Ratio 1:2 holds"));
        assertNull(label(": no label"));
        assertFalse(LabelForms.match(line("Method: m"), 0).strong());
    }

    @Test
    void boldLabels() {
        assertEquals(new LabelForm.Match(2, 8, 11, -1, false, true, false), LabelForms.match(line("**Method:** m"), 0));
        assertEquals("Method", label("**Method**: m"));
        assertEquals("m", value("**Method**: m"));
        assertEquals("Method", label("**Method: m**"));
        assertEquals("m", value("**Method: m**"));
        assertEquals("Key contributions", label("**Key contributions**"));
        assertNull(label("**bold** text"));
        assertNull(label("**unclosed: bold"));
    }

    @Test
    void headingLabelsAndMarkers() {
        LabelForm.Match h = LabelForms.match(line("#### Method:"), 0);
        assertEquals(new LabelForm.Match(5, 11, 12, -1, false, true, true), h);
        assertNull(label("## Method"));
        LabelForm.Match bullet = LabelForms.match(line("- **TL;DR:** short"), 0);
        assertTrue(bullet.marker());
        assertEquals(4, bullet.labelStart());
        assertTrue(LabelForms.match(line("> Abstract: a"), 0).marker());
        assertEquals("Keywords", label("• Keywords: a, b"));
        assertNull(label("- "));
    }

    @Test
    void lenticularLabels() {
        assertEquals("TL;DR", label("【TL;DR】 short"));
        assertEquals("short", value("【TL;DR】 short"));
        assertEquals("动机", label("【 动机 】：why"));
        assertEquals("why", value("【 动机 】：why"));
        assertTrue(LabelForms.match(line("- 【Method】 how"), 0).marker());
        assertNull(label("【unclosed label"));
        assertNull(label("【】 empty"));
    }

    @Test
    void bareNumberedPaperHeaders() {
        BareNumberedHeaderForm f = BareNumberedHeaderForm.INSTANCE;
        assertEquals(new PaperHeaderForm.Match("1", "Title", "https://arxiv.org/abs/2501.00001", null, -1),
                f.match(line("1. [Title](https://arxiv.org/abs/2501.00001)")));
        assertEquals("12", f.match(line("12. [T](http://arxiv.org/pdf/2501.00001v2) ")).index());
        assertNull(f.match(line(" 1. [Title](https://arxiv.org/abs/2501.00001)")), "indented: a list item");
        assertNull(f.match(line("1) [Title](https://arxiv.org/abs/2501.00001)")));
        assertNull(f.match(line("1. [Title](https://example.org/paper)")), "not an arXiv link");
        assertNull(f.match(line("1. [Title](https://arxiv.org/abs/2501.00001) and more")));
        assertNull(f.match(line("1. [Title]")));
        assertNull(f.match(line("1. first step")));
        assertTrue(Forms.startsBlock(line("3. [T](https://arxiv.org/abs/2501.00003)")));
        assertFalse(Forms.startsBlock(line("3. a step")));
    }

    @Test
    void frontMatterDelimiters() {
        FrontMatterForm f = FrontMatterForm.INSTANCE;
        assertTrue(f.opens(line("---")));
        assertTrue(f.opens(line("--- ")));
        assertFalse(f.opens(line("----")), "a longer rule is not a delimiter");
        assertFalse(f.opens(line(" ---")), "indented");
        assertFalse(f.opens(line("...")), "'...' only closes");
        assertTrue(f.closes(line("...")));
        assertTrue(f.closes(line("---")));
        assertFalse(f.closes(line("-- -")));
        assertFalse(Forms.startsBlock(line("---")));
    }

    @Test
    void metadataLinkLines() {
        MetadataLinkForm f = MetadataLinkForm.INSTANCE;
        assertEquals("https://arxiv.org/abs/2608.19280", f.match(line(
                "- **arXiv**: [2608.19280](https://arxiv.org/abs/2608.19280) · [PDF](https://arxiv.org/pdf/2608.19280)")));
        assertEquals("https://doi.org/10.1103/x", f.match(line("- **DOI:** [10.1103/x](https://doi.org/10.1103/x)")));
        assertEquals("https://example.org/p", f.match(line("URL: https://example.org/p more")));
        assertEquals("http://example.org/p", f.match(line("* Link: <http://example.org/p>")));
        assertNull(f.match(line("- **Authors**: A, B")), "not a link label");
        assertNull(f.match(line("- **arXiv**: 2608.19280")), "no URL");
        assertNull(f.match(line("- **arXiv**: [2608.19280](ftp://x/y)")), "not a web link");
        assertNull(f.match(line("- **arXiv**: [2608.19280](https://arxiv.org/abs/2608.19280")), "unclosed link");
        assertNull(f.match(line("#### arXiv")), "a sub-heading label has no value");
        assertNull(f.match(line("")));
    }
}
