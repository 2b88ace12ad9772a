package dev.arxivdigest.core;

import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Field;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.Section;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per shape that forks write (see DIALECTS.md): the same graph from any of them. */
class DialectShapesTest {

    private static final DigestParser PARSER = DigestParser.builder().build();

    private static Paper only(String markdown) {
        Digest d = PARSER.parse(markdown);
        assertEquals(1, d.papers().size(), "papers in " + markdown);
        return d.papers().get(0);
    }

    private static List<String> codes(Digest d) {
        return d.problems().stream().map(Problem::code).toList();
    }

    @Test
    void boldLabelsWithColonInsideOrOutside() {
        Paper p = only("### [1] [T](https://arxiv.org/abs/2501.00001)\n*A, B*\n\n**Main category:** cs.CV\n\n"
                + "**TL;DR**: short\n\n<details>\n  <summary>Details</summary>\n\n**Motivation:** why\n\n"
                + "**Method**: how\n\n**Result：** what\n\n**Conclusion:** so\n\n**Abstract:** abs\n\n</details>\n");
        assertEquals(List.of("A", "B"), p.authors());
        assertEquals(Optional.of("cs.CV"), p.mainCategory());
        assertEquals(Optional.of("short"), p.tldr());
        assertEquals(Optional.of("how"), p.method());
        assertEquals(Optional.of("what"), p.result());
        assertEquals(Optional.of("abs"), p.abstractText());
    }

    @Test
    void quotedLabelsAndBareQuotedTldr() {
        Paper quoted = only("### [1] [T](https://arxiv.org/abs/2501.00001)\n*A*\n\n> **TL;DR:** first line\n> second line\n");
        assertEquals(Optional.of("first line\nsecond line"), quoted.tldr());
        Paper bare = only("### [1] [T](https://arxiv.org/abs/2501.00001)\n*A*\n\nMain category: cs.CL\n\n> a bare quote\n\n"
                + "<details>\n<summary>Details</summary>\nMotivation: m\n</details>\n");
        assertEquals(Optional.of("a bare quote"), bare.tldr());
        assertEquals(Optional.of("cs.CL"), bare.mainCategory());
        Paper line = only("### [1] [T](https://arxiv.org/abs/2501.00001)\n*A*\n\nMain category: cs.CL\n\nJust a sentence.\n");
        assertEquals(Optional.of("Just a sentence."), line.tldr());
    }

    @Test
    void fullWidthColonAndChineseLabels() {
        Paper p = only("### [1] [T](https://arxiv.org/abs/2501.00001)\n*甲,乙*\n\n**主要类别:** cs.AI\n\n**AI概要:** 概要文字\n\n"
                + "<details>\n  <summary>更多</summary>\n  \n**动机:** 动机文字\n\n**方法:** 方法文字\n\n结果：结果文字\n\n"
                + "**结论:** 结论文字\n\n**原文摘要:** English abstract.\n\n</details>\n");
        assertEquals(Optional.of("cs.AI"), p.mainCategory());
        assertEquals(Optional.of("概要文字"), p.tldr());
        assertEquals(Optional.of("动机文字"), p.motivation());
        assertEquals(Optional.of("结果文字"), p.result());
        assertEquals(Optional.of("English abstract."), p.abstractText());
        assertEquals("更多", p.details().orElseThrow().summary());
    }

    @Test
    void traditionalChineseAndJapaneseLabels() {
        Paper tw = only("### [1] [T](https://arxiv.org/abs/2501.00001)\n*甲*\n\n**類別:** cs.AI\n\n**動機:** 動機文字\n\n"
                + "**結果:** 結果文字\n\n**結論:** 結論文字\n\n**摘要:** Original abstract.\n");
        assertEquals(Optional.of("cs.AI"), tw.mainCategory());
        assertEquals(Optional.of("動機文字"), tw.motivation());
        assertEquals(Optional.of("結果文字"), tw.result());
        assertEquals(Optional.of("結論文字"), tw.conclusion());
        assertEquals(Optional.of("Original abstract."), tw.abstractText());
        Paper ja = only("### [1] [T](https://arxiv.org/abs/2501.00001)\n*甲*\n\n**要約:** 要約の文\n\n**手法:** 手法の文\n");
        assertEquals(Optional.of("要約の文"), ja.tldr());
        assertEquals(Optional.of("手法の文"), ja.method());
    }

    @Test
    void labelsWithEmojiGlossOrKorean() {
        Paper p = only("### [1] [T](https://arxiv.org/abs/2501.00001)\n*A*\n\n**🎯 动机 (Motivation):** m\n\n"
                + "**🔧 Method:** h\n\n**결과:** r\n");
        assertEquals(Optional.of("m"), p.motivation());
        assertEquals(Optional.of("h"), p.method());
        assertEquals(Optional.of("r"), p.result());
    }

    @Test
    void labelAloneWithValueBelowAndHeadingsAsSections() {
        Paper p = only("### [1] [T](https://arxiv.org/abs/2501.00001)\n*A*\n\n#### 🧩 TL;DR\nthe tldr\n\n---\n\n"
                + "#### 📘 Detailed Summary\n**Motivation:** m\n\n**Key Contributions:**\n\n\t1. one\n\t2. two\n\n---\n\n"
                + "#### 📄 Abstract\nThe abstract\ncontinues.\n");
        assertEquals(Optional.of("the tldr"), p.tldr());
        assertEquals(Optional.of("m"), p.motivation());
        assertEquals(Optional.of("The abstract\ncontinues."), p.abstractText());
        assertEquals(List.of("one", "two"), p.section("Key Contributions").orElseThrow().items());
        assertEquals(Optional.of(List.of("one", "two")), p.get(Extras.KEY_CONTRIBUTIONS));
    }

    @Test
    void bulletedSectionsWithoutDetailsBlock() {
        Paper p = only("### [1] [T](https://arxiv.org/abs/2501.00001)\n*A*\n\nMain category: cs.CV\n\nTL;DR: t\n\n"
                + "- Motivation: m\n- Method: h\n- Result: r\n- Conclusion: c\n");
        assertTrue(p.details().isEmpty());
        assertEquals(Optional.of("m"), p.motivation());
        assertEquals(Optional.of("h"), p.method());
        assertEquals(Optional.of("r"), p.result());
        assertEquals(Optional.of("c"), p.conclusion());
    }

    @Test
    void consecutiveLabelLinesOfOneFormAreSiblingSections() {
        Paper bullets = only("### [1] [T](https://arxiv.org/abs/2501.00001)\n*A*\n\n"
                + "- **TL;DR:** the tldr\n- **Keywords:** alpha, beta\n- **Relevance:** 7\n- **Limitations:** \n"
                + "- **Future Work:** later\n  and more\n- **Motivation:** m\n");
        assertEquals(Optional.of("the tldr"), bullets.tldr());
        assertEquals(Optional.of(List.of("alpha", "beta")), bullets.get(Extras.KEYWORDS));
        assertEquals(Optional.of(7.0), bullets.get(Extras.RELEVANCE));
        assertEquals("", bullets.section("Limitations").orElseThrow().text());
        assertEquals("later\n  and more", bullets.section("Future Work").orElseThrow().text());
        assertEquals(Optional.of("m"), bullets.motivation());

        Paper plain = only("### [1] [T](https://arxiv.org/abs/2501.00001)\n*A*\n\n"
                + "Keywords: delta, epsilon\nRelevance Score: 8.5\nTL;DR: plain lines, no blank line between\n");
        assertEquals(Optional.of(List.of("delta", "epsilon")), plain.get(Extras.KEYWORDS));
        assertEquals(Optional.of(8.5), plain.get(Extras.RELEVANCE));
        assertEquals(Optional.of("plain lines, no blank line between"), plain.tldr());
    }

    @Test
    void headerForms() {
        Digest d = PARSER.parse("## cs.CL\n\n"
                + "### 1. [Numbered with a dot](https://arxiv.org/abs/2507.00011)\n*A*\n\nTL;DR: one\n\n"
                + "### [2] [With a PDF link](https://arxiv.org/abs/2507.00012) [[PDF]](https://arxiv.org/pdf/2507.00012)\n"
                + "*B*\n\nTL;DR: two\n\n"
                + "### [3] **[Bold link](https://arxiv.org/abs/2507.00013)**\n*C*\n\nTL;DR: three\n\n"
                + "### [4] [Brackets ](inside) [0,1) $[a](b)$](https://arxiv.org/abs/2507.00014)\n*D*\n\nTL;DR: four\n\n"
                + "### 5. Not a paper: no link\nstill paper four\n");
        assertEquals(List.of("cs.CL"), d.categories().stream().map(c -> c.name()).toList());
        assertTrue(d.title().isEmpty(), "an arXiv category is not the document title");
        List<Paper> papers = d.papers();
        assertEquals(List.of("Numbered with a dot", "With a PDF link", "Bold link", "Brackets ](inside) [0,1) $[a](b)$"),
                papers.stream().map(Paper::title).toList());
        assertEquals(List.of("1", "2", "3", "4"), papers.stream().map(p -> p.index().orElseThrow()).toList());
        assertEquals(List.of("https://arxiv.org/abs/2507.00011", "https://arxiv.org/abs/2507.00012",
                "https://arxiv.org/abs/2507.00013", "https://arxiv.org/abs/2507.00014"),
                papers.stream().map(Paper::link).toList());
        // a numbered heading without a link is no paper: it stays in the text of the paper above
        assertEquals(Optional.of("four\n\n### 5. Not a paper: no link\nstill paper four"), papers.get(3).tldr());
        assertTrue(d.problems().stream().anyMatch(p -> p.code().equals("unexpected-text") && p.line() == 8
                && p.column() == 61), d.problems().toString());
        assertFalse(codes(d).contains("paper-broken-header"), d.problems().toString());
    }

    @Test
    void tocEntriesMatchDecoratedHeadingsAndSlugs() {
        Digest d = PARSER.parse("# Table of Contents\n- [cs.CV (2)](#cs.CV)\n- [Computer Vision](#computer-vision) (1 papers)\n\n"
                + "## 📂 cs.CV (2)\n\n### [1] [One](https://arxiv.org/abs/2507.00021)\n*A*\n\nTL;DR: one\n\n"
                + "### [2] [Two](https://arxiv.org/abs/2507.00022)\n*B*\n\nTL;DR: two\n\n"
                + "## Computer Vision\n\n### [3] [Three](https://arxiv.org/abs/2507.00023)\n*C*\n\nTL;DR: three\n");
        assertEquals(List.of("📂 cs.CV (2)", "Computer Vision"), d.categories().stream().map(c -> c.name()).toList());
        assertEquals(List.of(2, 1), d.categories().stream().map(c -> c.declaredTotal().orElseThrow()).toList());
        assertEquals(List.of(2, 1), d.categories().stream().map(c -> c.papers().size()).toList());
        assertFalse(codes(d).contains("toc-category-missing"), d.problems().toString());
        assertFalse(codes(d).contains("category-not-in-toc"), d.problems().toString());
        assertFalse(codes(d).contains("paper-outside-category"), d.problems().toString());
    }

    @Test
    void listItemsEndAtAParagraphThatIsNotIndentedIntoThem() {
        Paper p = only("### [1] [T](https://arxiv.org/abs/2501.00001)\n*A*\n\n**Key Contributions:**\n"
                + "\t1. First contribution\n\n\t   its second paragraph\n\t2. Second contribution\n\n<think>\njunk\n</think>\n");
        Section s = p.section("Key Contributions").orElseThrow();
        assertEquals("\t1. First contribution\n\n\t   its second paragraph\n\t2. Second contribution\n\n<think>\njunk\n</think>",
                s.text());
        assertEquals(List.of("First contribution\n\t   its second paragraph", "Second contribution"), s.items());
    }

    @Test
    void labelledAuthorsLine() {
        Paper bold = only("### [1] [T](https://arxiv.org/abs/2501.00001)\n**Authors:** Alice Smith, Bob Jones\n"
                + "**Category:** cs.CV\n\n**TL;DR**\nthe tldr\n");
        assertEquals(List.of("Alice Smith", "Bob Jones"), bold.authors());
        assertEquals(Optional.of("cs.CV"), bold.mainCategory());
        assertEquals(Optional.of("the tldr"), bold.tldr());
        assertTrue(bold.section("Authors").isEmpty());
        Paper plain = only("### [1] [T](https://arxiv.org/abs/2501.00001)\n> 中文标题\n\n作者：*甲, 乙*\n\nTL;DR: t\n");
        assertEquals(List.of("甲", "乙"), plain.authors());
        // once the paper has its authors, a later "Authors:" line is an ordinary section
        Paper twice = only("### [1] [T](https://arxiv.org/abs/2501.00001)\n*A,B*\n\nAuthors: C\n");
        assertEquals(List.of("A", "B"), twice.authors());
        assertEquals("C", twice.section("Authors").orElseThrow().text());
    }

    @Test
    void labelLikeLinesOfAnotherFormStayInsideTheValue() {
        // a plain unknown "Note:" inside a plain value, bold items under a bold label, nested bullets
        Paper p = only("### [1] [T](https://arxiv.org/abs/2501.00001)\n*A*\n\n"
                + "Motivation: first line\nNote: still the motivation\n\n"
                + "**Key Contributions:**\n- **Novel loss:** one\n- **New data:** two\n\n"
                + "- **Method:** steps\n  - **Step one:** a\n  - **Step two:** b\n");
        assertEquals(Optional.of("first line\nNote: still the motivation"), p.motivation());
        assertEquals(List.of("**Novel loss:** one", "**New data:** two"),
                p.section("Key Contributions").orElseThrow().items());
        assertEquals(Optional.of("steps\n  - **Step one:** a\n  - **Step two:** b"), p.method());
    }

    @Test
    void translatedTitleAndAuthorsWithInlineCategory() {
        Paper p = only("### [1] [Title](https://arxiv.org/abs/2501.00001)\n> *标题的翻译*\n\n*Ann One, Bob Two* | **Main category: cs.CR**\n\n"
                + "**Keywords:** a, b；c、d\n\n> **TL;DR:** t\n");
        assertEquals(List.of("Ann One", "Bob Two"), p.authors());
        assertEquals(Optional.of("cs.CR"), p.mainCategory());
        assertEquals(Optional.of("标题的翻译"), p.get(Extras.TRANSLATED_TITLE));
        assertEquals(Optional.of(List.of("a", "b", "c", "d")), p.get(Extras.KEYWORDS));
        assertEquals(Optional.of("t"), p.tldr());
        Paper labelled = only("### [1] [Title](https://arxiv.org/abs/2501.00001)\n**中文标题：标题的翻译**\n*Ann*\n\nTL;DR: t\n");
        assertEquals(Optional.of("标题的翻译"), labelled.get(Extras.TRANSLATED_TITLE));
        assertEquals(List.of("Ann"), labelled.authors());
    }

    @Test
    void lastnameCommaInitialsNamesStayWhole() {
        String h = "### [1] [Title](https://arxiv.org/abs/2501.00001)\n";
        assertEquals(List.of("Smith, J.", "Doe, A. B.", "Martin, J.-P."),
                only(h + "*Smith, J., Doe, A. B., Martin, J.-P.*\n\nTL;DR: t\n").authors());
        assertEquals(List.of("van der Berg, J. K.", "O'Neil, M."),
                only(h + "*van der Berg, J. K.,O'Neil, M.*\n\nTL;DR: t\n").authors());
        // full names and initials-first names are split at every comma as before
        assertEquals(List.of("A. Smith", "B. Doe", "Li Si"), only(h + "*A. Smith, B. Doe,Li Si*\n\nTL;DR: t\n").authors());
        assertEquals(List.of("Smith", "John", "Doe"), only(h + "*Smith, John, Doe*\n\nTL;DR: t\n").authors());
        // an author whose name is initials only, in a list of full names (seen upstream)
        assertEquals(List.of("Hongyuan Lu", "Z. L.", "Victor Wei"), only(h + "*Hongyuan Lu,Z. L.,Victor Wei*\n\nTL;DR: t\n").authors());
        assertEquals(List.of("Ann Lu", "Z. L.", "Bo Li"), only(h + "*Ann Lu, Z. L., Bo Li*\n\nTL;DR: t\n").authors());
    }

    @Test
    void typedExtras() {
        Paper p = only("### [1] [T](https://arxiv.org/abs/2501.00001)\n*A*\n\n**Relevance Score:** 8.5/10\n\n**Read time:** 12 min\n\n"
                + "Recommendation: ★★★★☆ (66/100) - matches your interests\n\n**Comment:** 12 pages\n\n**Limitations:** \n\nTL;DR: t\n");
        assertEquals(Optional.of(8.5), p.get(Extras.RELEVANCE));
        assertEquals(Optional.of(12), p.get(Extras.READ_TIME_MINUTES));
        assertEquals(Optional.of("12 pages"), p.get(Extras.COMMENT));
        Extras.Recommendation r = p.get(Extras.RECOMMENDATION).orElseThrow();
        assertEquals(4, r.stars().getAsInt());
        assertEquals(66.0, r.score().getAsDouble());
        assertEquals(100.0, r.maxScore().getAsDouble());
        assertEquals("matches your interests", r.reason());
        assertEquals("", p.section("Limitations").orElseThrow().text());
        Digest bad = PARSER.parse("### [1] [T](https://arxiv.org/abs/2501.00001)\n*A*\n\n**Relevance:** high\n");
        assertTrue(codes(bad).contains("section-invalid-value"), codes(bad).toString());
    }

    @Test
    void documentForms() {
        String md = "# 2025-07-08\n\n<div id=toc></div>\n\n## 目录\n\n- [cs.CV](#cscv) [总数: 1]\n\n- [计算语言学](#计算语言学) (1 篇)\n\n"
                + "<a id='cscv'></a>\n## cs.CV\n\n#### [Paper A](https://doi.org/10.1000/a)\n*A*\n\nTL;DR: a\n\n"
                + "[⬆️ 返回分类顶部](#cscv) | [⬆️ 返回总目录](#toc)\n\n---\n\n"
                + "<a id='计算语言学'></a>\n## 计算语言学\n\n## [1] [Paper B](http://arxiv.org/abs/2501.00002v3)\n*B*\n\nTL;DR: b";
        Digest d = PARSER.parse(md);
        assertEquals(Optional.of("2025-07-08"), d.title());
        assertEquals("2025-07-08", d.date().orElseThrow().toString());
        assertEquals(2, d.toc().size());
        assertEquals(1, d.toc().get(1).total().getAsInt());
        assertEquals(List.of("cs.CV", "计算语言学"), d.categories().stream().map(c -> c.name()).toList());
        Paper a = d.papers().get(0);
        assertEquals("https://doi.org/10.1000/a", a.link());
        assertTrue(a.arxivId().isEmpty());
        assertEquals(Optional.of("a"), a.tldr());
        Paper b = d.papers().get(1);
        assertEquals(3, b.arxivId().orElseThrow().version().getAsInt());
        assertEquals(Optional.of("b"), b.tldr());
        assertFalse(codes(d).contains("toc-total-mismatch"), codes(d).toString());
        assertFalse(codes(d).contains("paper-unlabelled-text"), codes(d).toString());
    }

    @Test
    void vitepressTocWithBareCategoryHeadings() {
        Digest d = PARSER.parse("[[toc]]\n\n## cs.CV\n\n### [1] [A](https://arxiv.org/abs/2501.00001)\n*A*\n\nTL;DR: a\n\n"
                + "## cs.AI\n\n### [2] [B](https://arxiv.org/abs/2501.00002)\n*B*\n\nTL;DR: b\n");
        assertEquals(List.of("cs.CV", "cs.AI"), d.categories().stream().map(c -> c.name()).toList());
        assertEquals(List.of(), codes(d));
    }

    @Test
    void emptyDayAndHeadersWithoutIndex() {
        Digest empty = PARSER.parse("<div id=toc></div>\n\n# Table of Contents\n\n");
        assertTrue(empty.papers().isEmpty());
        assertFalse(empty.hasErrors());
        Digest noIndex = PARSER.parse("### [A](https://arxiv.org/abs/2501.00001)\n*A*\n\nTL;DR: a\n\n"
                + "### [B](https://arxiv.org/abs/2501.00002)\n*B*\n\nTL;DR: b\n");
        assertEquals(2, noIndex.papers().size());
        assertTrue(noIndex.papers().get(1).index().isEmpty());
        assertFalse(codes(noIndex).contains("paper-index-missing"));
    }

    @Test
    void aliasTableIsExtensibleOnTheBuilder() {
        String md = "### [1] [T](https://arxiv.org/abs/2501.00001)\n*A*\n\n**研究背景:** bg\n";
        assertTrue(only(md).motivation().isEmpty());
        Paper p = DigestParser.builder().addLabelAlias("研究背景", Field.MOTIVATION).build().parse(md).papers().get(0);
        assertEquals(Optional.of("bg"), p.motivation());
        assertEquals(Field.TLDR, DigestParser.defaultLabelAliases().get("ai概要"));
    }

    @Test
    void sectionsBeforeDetailsBelongToThePaper() {
        Paper p = only("### [1] [T](https://arxiv.org/abs/2501.00001)\n*A*\n\n**Keywords:** x, y\n\nTL;DR: t\n\n"
                + "<details>\n<summary>Details</summary>\nMotivation: m\n</details>\n");
        assertEquals("Keywords", p.sections().get(0).label());
        assertEquals(List.of("Keywords", "TL;DR", "Motivation"), p.allSections().stream().map(s -> s.label()).toList());
    }
}
