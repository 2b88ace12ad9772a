package dev.arxivdigest.core;

import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Field;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.Section;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One test per malformation: each asserts the problem code and line, that the affected paper keeps
 * what can be read, and that every other paper is unchanged.
 */
class MalformedInputTest {

    private static final DigestParser PARSER = DigestParser.builder().build();

    /** A canonical paper with index i; lines: header, authors, blank, main, blank, tldr, ... */
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

    static final String TOC = "<div id=toc></div>\n\n# Table of Contents\n\n- [cs.LG](#cs.LG) [Total: 3]\n\n\n"
            + "<div id='cs.LG'></div>\n\n# cs.LG [[Back]](#toc)\n\n";

    /** Lines before the first paper header in {@link #digest}. */
    static final int HEADER_LINES = 11;
    /** Lines per paper including the two blank lines between papers. */
    static final int PAPER_LINES = 23;

    static String digest(String p1, String p2, String p3) {
        return TOC + p1 + "\n\n" + p2 + "\n\n" + p3;
    }

    static String digest() {
        return digest(paper(1), paper(2), paper(3));
    }

    /** Line of the first line of paper n (1-based) in {@link #digest()}. */
    static int lineOf(int n) {
        return HEADER_LINES + 1 + (n - 1) * PAPER_LINES;
    }

    static List<String> codes(Digest d) {
        return d.problems().stream().map(Problem::code).collect(Collectors.toList());
    }

    static Problem only(Digest d, String code) {
        List<Problem> found = d.problems().stream().filter(p -> p.code().equals(code)).toList();
        assertEquals(1, found.size(), "expected one " + code + " in " + d.problems());
        return found.get(0);
    }

    /** Everything but positions. */
    static void assertSameContent(Paper expected, Paper actual) {
        assertEquals(expected.index(), actual.index());
        assertEquals(expected.title(), actual.title());
        assertEquals(expected.link(), actual.link());
        assertEquals(expected.authors(), actual.authors());
        assertEquals(texts(expected.allSections()), texts(actual.allSections()));
        assertEquals(expected.details().map(d -> d.summary()), actual.details().map(d -> d.summary()));
    }

    static List<String> texts(List<Section> sections) {
        List<String> out = new ArrayList<>();
        for (Section s : sections) {
            out.add(s.label() + "=" + s.text());
        }
        return out;
    }

    /** Papers 1 and 3 of a digest damaged only in paper 2 equal the undamaged ones. */
    static void assertOthersIntact(Digest damaged) {
        Digest clean = PARSER.parse(digest());
        List<Paper> a = clean.papers();
        List<Paper> b = damaged.papers();
        assertSameContent(a.get(0), b.get(0));
        assertSameContent(a.get(2), b.get(b.size() - 1));
    }

    @Test
    void cleanDigestHasNoProblem() {
        Digest d = PARSER.parse(digest());
        assertEquals(List.of(), d.problems());
        assertEquals(3, d.papers().size());
        Paper p = d.papers().get(1);
        assertEquals(lineOf(2), p.line());
        assertEquals(Optional.of("tldr 2"), p.tldr());
        assertEquals(Optional.of("abstract 2"), p.abstractText());
        assertEquals(List.of("Alice A", "Bob B"), p.authors());
        assertEquals(digest(), DigestWriter.canonical().write(d));
    }

    @Test
    void noToc() {
        String text = "<div id='cs.LG'></div>\n\n# cs.LG [[Back]](#toc)\n\n" + paper(1);
        Digest d = PARSER.parse(text);
        assertEquals(5, only(d, "missing-toc").line());
        assertEquals(1, d.papers().size());
    }

    @Test
    void tocTotalDiffers() {
        Digest d = PARSER.parse(digest().replace("[Total: 3]", "[Total: 5]"));
        assertEquals(5, only(d, "toc-total-mismatch").line());
        assertEquals(3, d.papers().size());
        assertEquals(5, d.categories().get(0).declaredTotal().getAsInt());
    }

    @Test
    void emptyCategory() {
        String text = "<div id=toc></div>\n\n# Table of Contents\n\n- [cs.LG](#cs.LG) [Total: 0]\n- [cs.AI](#cs.AI) [Total: 1]\n\n\n"
                + "<div id='cs.LG'></div>\n\n# cs.LG [[Back]](#toc)\n\n\n<div id='cs.AI'></div>\n\n# cs.AI [[Back]](#toc)\n\n"
                + paper(1);
        Digest d = PARSER.parse(text);
        assertEquals(11, only(d, "category-empty").line());
        assertEquals(2, d.categories().size());
        assertEquals(1, d.category("cs.AI").orElseThrow().papers().size());
    }

    @Test
    void categoryHeadingMissingUnderItsAnchor() {
        String text = "<div id=toc></div>\n\n# Table of Contents\n\n- [cs.LG](#cs.LG) [Total: 1]\n- [cs.AI](#cs.AI) [Total: 1]\n\n\n"
                + "<div id='cs.LG'></div>\n\n# cs.LG [[Back]](#toc)\n\n" + paper(1) + "\n\n<div id='cs.AI'></div>\n\n" + paper(2);
        Digest d = PARSER.parse(text);
        int anchorLine = (int) text.lines().takeWhile(l -> !l.equals("<div id='cs.AI'></div>")).count() + 1;
        assertEquals(anchorLine, only(d, "category-heading-missing").line());
        assertEquals(List.of("category-heading-missing"), codes(d));
        assertEquals(1, d.category("cs.AI").orElseThrow().papers().size());
        // a digest whose categories are all anchors without headings is not reported
        Digest all = PARSER.parse("<div id='cs.LG'></div>\n\n" + paper(1) + "\n\n<div id='cs.AI'></div>\n\n" + paper(2));
        assertFalse(codes(all).contains("category-heading-missing"), all.problems().toString());
    }

    @Test
    void detailsSummaryMissing() {
        String p2 = paper(2).replace("  <summary>Details</summary>\n", "");
        Digest d = PARSER.parse(digest(paper(1), p2, paper(3)));
        assertEquals(lineOf(2) + 8, only(d, "details-summary-missing").line());
        assertEquals(List.of("details-summary-missing"), codes(d));
        assertEquals("", d.papers().get(1).details().orElseThrow().summary());
        assertEquals(Optional.of("motivation 2"), d.papers().get(1).motivation());
        assertOthersIntact(d);
        // no paper has a summary: nothing is missing
        String none = digest().replace("  <summary>Details</summary>\n", "");
        assertFalse(codes(PARSER.parse(none)).contains("details-summary-missing"));
    }

    @Test
    void papersBeforeAnyCategory() {
        String text = paper(1) + "\n\n<div id='cs.LG'></div>\n\n# cs.LG [[Back]](#toc)\n\n" + paper(2);
        Digest d = PARSER.parse(text);
        assertEquals(1, only(d, "paper-outside-category").line());
        assertEquals(2, d.papers().size());
        assertTrue(d.categories().get(0).isUnnamed());
        assertEquals("cs.LG", d.categories().get(1).name());
    }

    @Test
    void indexOutOfOrder() {
        Digest d = PARSER.parse(digest(paper(1), paper(2).replace("[2]", "[7]"), paper(3)));
        List<Problem> found = d.problems().stream().filter(p -> p.code().equals("paper-index-out-of-order")).toList();
        assertEquals(List.of(lineOf(2), lineOf(3)), found.stream().map(Problem::line).toList());
        assertEquals(Optional.of("7"), d.papers().get(1).index());
    }

    @Test
    void indexMissing() {
        Digest d = PARSER.parse(digest(paper(1), paper(2).replace("### [2] ", "### "), paper(3)));
        assertEquals(lineOf(2), only(d, "paper-index-missing").line());
        assertEquals(Optional.empty(), d.papers().get(1).index());
        assertEquals("Title 2", d.papers().get(1).title());
        assertOthersIntact(d);
    }

    @Test
    void indexDuplicate() {
        Digest d = PARSER.parse(digest(paper(1), paper(2).replace("[2]", "[1]"), paper(3)));
        assertEquals(lineOf(2), only(d, "paper-index-duplicate").line());
        assertEquals(3, d.papers().size());
    }

    @Test
    void samePaperTwice() {
        Digest d = PARSER.parse(digest(paper(1), paper(2).replace("2512.00002", "2512.00001"), paper(3)));
        Problem p = only(d, "paper-duplicate");
        assertEquals(lineOf(2), p.line());
        assertTrue(p.message().contains("line " + lineOf(1)), p.message());
        assertEquals(3, d.papers().size());
    }

    @Test
    void missingAuthorsLine() {
        Digest d = PARSER.parse(digest(paper(1), paper(2).replace("*Alice A,Bob B*\n", ""), paper(3)));
        assertEquals(lineOf(2), only(d, "paper-missing-authors").line());
        Paper p = d.papers().get(1);
        assertEquals(List.of(), p.authors());
        assertEquals(Optional.of("tldr 2"), p.tldr());
        assertOthersIntact(d);
    }

    @Test
    void missingMainCategory() {
        Digest d = PARSER.parse(digest(paper(1), paper(2).replace("Main category: cs.LG\n\n", ""), paper(3)));
        assertEquals(lineOf(2), only(d, "paper-missing-main-category").line());
        assertEquals(Optional.empty(), d.papers().get(1).mainCategory());
        assertEquals(Optional.of("tldr 2"), d.papers().get(1).tldr());
        assertOthersIntact(d);
    }

    @Test
    void missingTldr() {
        Digest d = PARSER.parse(digest(paper(1), paper(2).replace("TL;DR: tldr 2\n", ""), paper(3)));
        assertEquals(lineOf(2), only(d, "paper-missing-tldr").line());
        assertEquals(Optional.of("cs.LG"), d.papers().get(1).mainCategory());
        assertEquals(Optional.of("method 2"), d.papers().get(1).method());
        assertOthersIntact(d);
    }

    @Test
    void emptyFieldIsKeptAndReported() {
        Digest d = PARSER.parse(digest(paper(1), paper(2).replace("TL;DR: tldr 2", "TL;DR: ")
                .replace("Method: method 2", "Method:"), paper(3)));
        List<Problem> empty = d.problems().stream().filter(p -> p.code().equals("field-empty")).toList();
        assertEquals(List.of(lineOf(2) + 5, lineOf(2) + 12), empty.stream().map(Problem::line).toList(), empty.toString());
        assertEquals(Optional.of(""), d.papers().get(1).tldr());
        assertEquals(Optional.of(""), d.papers().get(1).method());
        assertEquals(Optional.of("result 2"), d.papers().get(1).result());
        assertFalse(codes(d).contains("paper-missing-tldr"), codes(d).toString());
        assertOthersIntact(d);
    }

    @Test
    void emptyTitleIsReported() {
        Digest d = PARSER.parse(digest(paper(1), paper(2).replace("[Title 2]", "[]"), paper(3)));
        Problem p = only(d, "field-empty");
        assertEquals(lineOf(2), p.line());
        assertEquals("", d.papers().get(1).title());
        assertEquals(Optional.of("tldr 2"), d.papers().get(1).tldr());
        assertOthersIntact(d);
    }

    @Test
    void missingDetailsBlock() {
        String p2 = paper(2);
        p2 = p2.substring(0, p2.indexOf("<details>"));
        Digest d = PARSER.parse(digest(paper(1), p2, paper(3)));
        assertEquals(lineOf(2), only(d, "paper-missing-details").line());
        assertEquals(Optional.of("tldr 2"), d.papers().get(1).tldr());
        assertTrue(d.papers().get(1).details().isEmpty());
        assertOthersIntact(d);
    }

    @Test
    void missingSingleSection() {
        Digest d = PARSER.parse(digest(paper(1), paper(2).replace("Result: result 2\n\n", ""), paper(3)));
        Problem p = only(d, "paper-missing-section");
        assertEquals(lineOf(2) + 8, p.line()); // the <details> line
        assertTrue(p.message().contains("Result"), p.message());
        Paper paper = d.papers().get(1);
        assertEquals(Optional.empty(), paper.result());
        assertEquals(Optional.of("method 2"), paper.method());
        assertEquals(Optional.of("conclusion 2"), paper.conclusion());
        assertOthersIntact(d);
    }

    @Test
    void sectionsInAnotherOrder() {
        String p2 = paper(2).replace("Method: method 2\n\nResult: result 2\n", "Result: result 2\n\nMethod: method 2\n");
        Digest d = PARSER.parse(digest(paper(1), p2, paper(3)));
        assertEquals(lineOf(2) + 14, only(d, "section-out-of-order").line());
        assertEquals(Optional.of("method 2"), d.papers().get(1).method());
        assertEquals(Optional.of("result 2"), d.papers().get(1).result());
        assertOthersIntact(d);
    }

    @Test
    void unknownLabelKeptAsSection() {
        String p2 = paper(2).replace("Abstract: abstract 2\n", "Limitations: small sample\n\nAbstract: abstract 2\n");
        Digest d = PARSER.parse(digest(paper(1), p2, paper(3)));
        assertEquals(lineOf(2) + 18, only(d, "section-unknown-label").line());
        Paper p = d.papers().get(1);
        assertEquals("small sample", p.section("Limitations").orElseThrow().text());
        assertEquals(Optional.of("abstract 2"), p.abstractText());
        assertOthersIntact(d);
    }

    @Test
    void detailsNeverClosed() {
        Digest d = PARSER.parse(digest(paper(1), paper(2).replace("</details>\n", ""), paper(3)));
        assertEquals(lineOf(2) + 8, only(d, "details-unclosed").line());
        assertEquals(Optional.of("abstract 2"), d.papers().get(1).abstractText());
        assertEquals(3, d.papers().size());
        assertOthersIntact(d);
    }

    @Test
    void headerWithBrokenLink() {
        String p2 = paper(2).replace("[Title 2](https://arxiv.org/abs/2512.00002)", "[Title 2(https://arxiv.org/abs/2512.00002)");
        Digest d = PARSER.parse(digest(paper(1), p2, paper(3)));
        assertEquals(lineOf(2), only(d, "paper-broken-header").line());
        Paper p = d.papers().get(1);
        assertEquals(Optional.of("2"), p.index());
        assertEquals(Optional.of("tldr 2"), p.tldr());
        assertEquals(Optional.of("abstract 2"), p.abstractText());
        assertOthersIntact(d);

        String unclosed = paper(2).replace("2512.00002)", "2512.00002");
        Digest d2 = PARSER.parse(digest(paper(1), unclosed, paper(3)));
        assertEquals(lineOf(2), only(d2, "paper-broken-header").line());
        assertEquals("Title 2", d2.papers().get(1).title());
        assertEquals("https://arxiv.org/abs/2512.00002", d2.papers().get(1).link());
    }

    @Test
    void headerLineMissing() {
        String p2 = paper(2).substring(paper(2).indexOf('\n') + 1); // starts with the authors line
        Digest d = PARSER.parse(digest(paper(1), p2, paper(3)));
        assertEquals(3, d.papers().size());
        assertEquals(lineOf(2), only(d, "paper-broken-header").line());
        assertEquals(List.of("paper-broken-header"), codes(d), "the next index still follows");
        Paper p = d.papers().get(1);
        assertEquals("", p.title());
        assertEquals(List.of("Alice A", "Bob B"), p.authors());
        assertEquals(Optional.of("tldr 2"), p.tldr());
        assertEquals(Optional.of("abstract 2"), p.abstractText());
        assertEquals(PARSER.parse(digest()).papers().get(0), d.papers().get(0), "the paper above is unchanged");
        assertOthersIntact(d);
    }

    @Test
    void headerLineReplacedByOtherText() {
        String p2 = "zq#*_[`<42" + paper(2).substring(paper(2).indexOf('\n'));
        Digest d = PARSER.parse(digest(paper(1), p2, paper(3)));
        assertEquals(3, d.papers().size());
        assertEquals(lineOf(2), only(d, "paper-broken-header").line());
        assertEquals("zq#*_[`<42", d.papers().get(1).title());
        assertEquals(Optional.of("tldr 2"), d.papers().get(1).tldr());
        assertEquals(PARSER.parse(digest()).papers().get(0), d.papers().get(0), "the paper above is unchanged");
        assertOthersIntact(d);
        // the header without its heading marks is still read as a header
        Digest plain = PARSER.parse(digest(paper(1), paper(2).substring(4), paper(3)));
        assertEquals("Title 2", plain.papers().get(1).title());
        assertEquals(lineOf(2), only(plain, "paper-broken-header").line());
        assertOthersIntact(plain);
    }

    @Test
    void textBetweenPapersIsNotThePaperAbove() {
        Digest d = PARSER.parse(digest(paper(1), paper(2) + "\nlorem ipsum\ndolor\n", paper(3)));
        Problem p = only(d, "unexpected-text");
        assertEquals(lineOf(3) - 1, p.line());
        assertTrue(p.message().contains("lorem ipsum"), p.message());
        assertEquals(PARSER.parse(digest()).papers().subList(0, 2), d.papers().subList(0, 2), "the paper above is unchanged");
        assertOthersIntact(d);
    }

    @Test
    void headerLineMissingWithoutDetailsBlocks() {
        String a = "### [1] [One](https://arxiv.org/abs/2507.00001)\n*A*\n\nMain category: cs.CV\n\nTL;DR: one\n\n"
                + "- Motivation: m1\n- Method: h1\n\n\n";
        String b = "### [2] [Two](https://arxiv.org/abs/2507.00002)\n*B*\n\nMain category: cs.CV\n\nTL;DR: two\n\n"
                + "- Motivation: m2\n- Method: h2\n\n\n";
        String c = b.replace("[2] [Two](https://arxiv.org/abs/2507.00002)", "[3] [Three](https://arxiv.org/abs/2507.00003)");
        Digest clean = PARSER.parse(a + b + c);
        Digest d = PARSER.parse(a + b.substring(b.indexOf('\n') + 1) + c);
        assertEquals(3, d.papers().size());
        assertEquals(clean.papers().get(0), d.papers().get(0), "the paper above is unchanged");
        assertEquals(Optional.of("m2"), d.papers().get(1).motivation());
        assertEquals(12, only(d, "paper-broken-header").line());
        assertEquals(clean.papers().get(2).index(), d.papers().get(2).index());
    }

    @Test
    void junkLineJoinsAValueOrStandsForTheTldr() {
        // a line inserted right after a one-line value continues it: kept, and reported at its line
        String p2 = paper(2).replace("Method: method 2\n", "Method: method 2\nlorem ipsum\n");
        Digest d = PARSER.parse(digest(paper(1), p2, paper(3)));
        assertEquals(lineOf(2) + 13, only(d, "section-continued").line());
        assertEquals(Optional.of("method 2\nlorem ipsum"), d.papers().get(1).method());
        assertOthersIntact(d);
        // the TL;DR line replaced by junk: the junk is a bare TL;DR, reported since the others label theirs
        Digest t = PARSER.parse(digest(paper(1), paper(2).replace("TL;DR: tldr 2", "lorem ipsum"), paper(3)));
        assertEquals(lineOf(2) + 5, only(t, "paper-unlabelled-text").line());
        assertEquals(Optional.of("lorem ipsum"), t.papers().get(1).tldr());
        assertOthersIntact(t);
    }

    @Test
    void multiLineValues() {
        String method = "1. first step\n2. second step\n3. third step";
        String abs = "First paragraph.\n  Second paragraph begins with spaces.\n  Third.";
        String p2 = paper(2).replace("Method: method 2", "Method: " + method).replace("Abstract: abstract 2", "Abstract: " + abs);
        Digest d = PARSER.parse(digest(paper(1), p2, paper(3)));
        assertEquals(List.of(), d.problems());
        Paper p = d.papers().get(1);
        assertEquals(Optional.of(method), p.method());
        assertEquals(List.of("first step", "second step", "third step"), p.section(Field.METHOD).orElseThrow().items());
        assertEquals(Optional.of(abs), p.abstractText());
        assertOthersIntact(d);
        assertEquals(digest(paper(1), p2, paper(3)), DigestWriter.canonical().write(d));
    }

    @Test
    void titlesWithBracketsParensAndMath() {
        String title = "[Re] On $O(n^2)$ bounds (and [more]) for $\\mathbb{R}^d$";
        String p2 = paper(2).replace("[Title 2]", "[" + title + "]");
        Digest d = PARSER.parse(digest(paper(1), p2, paper(3)));
        assertEquals(List.of(), d.problems());
        assertEquals(title, d.papers().get(1).title());
        assertEquals("https://arxiv.org/abs/2512.00002", d.papers().get(1).link());
    }

    @Test
    void authorNamesEndingInStar() {
        String p2 = paper(2).replace("*Alice A,Bob B*", "*Alice A*,Bob B,Carol C**");
        Digest d = PARSER.parse(digest(paper(1), p2, paper(3)));
        assertEquals(List.of(), d.problems());
        assertEquals(List.of("Alice A*", "Bob B", "Carol C*"), d.papers().get(1).authors());
    }

    @Test
    void crlfLineEndings() {
        String text = digest().replace("\n", "\r\n");
        Digest d = PARSER.parse(text);
        assertEquals(List.of("crlf-line-endings"), codes(d));
        Digest clean = PARSER.parse(digest());
        for (int i = 0; i < 3; i++) {
            assertSameContent(clean.papers().get(i), d.papers().get(i));
            assertEquals(clean.papers().get(i).line(), d.papers().get(i).line());
        }
        String multi = digest(paper(1), paper(2).replace("Method: method 2", "Method: a\nb"), paper(3)).replace("\n", "\r\n");
        assertEquals(Optional.of("a\nb"), PARSER.parse(multi).papers().get(1).method());
    }

    @Test
    void loneCrLineEndings() {
        Digest d = PARSER.parse(digest().replace("\n", "\r"));
        assertEquals(List.of("cr-line-endings"), codes(d));
        assertEquals(3, d.papers().size());
        assertEquals(lineOf(3), d.papers().get(2).line());
        assertEquals(Optional.of("abstract 3"), d.papers().get(2).abstractText());
    }

    @Test
    void byteOrderMark() {
        byte[] bytes = ("\uFEFF" + digest()).getBytes(StandardCharsets.UTF_8);
        Digest d = PARSER.parse(bytes);
        assertEquals(List.of("byte-order-mark"), codes(d));
        assertEquals(3, d.papers().size());
        assertEquals(0, d.categories().get(0).span().startOffset() - (digest().indexOf("<div id='cs.LG'>")));
    }

    @Test
    void invalidUtf8() {
        byte[] good = digest(paper(1), paper(2).replace("tldr 2", "tldr X2"), paper(3)).getBytes(StandardCharsets.UTF_8);
        String s = new String(good, StandardCharsets.UTF_8);
        int at = s.indexOf("X2");
        good[at] = (byte) 0xC3; // a lead byte followed by an ASCII byte: invalid
        Digest d = PARSER.parse(good);
        Problem p = only(d, "invalid-utf8");
        assertEquals(lineOf(2) + 5, p.line());
        assertEquals("TL;DR: tldr ".length() + 1, p.column());
        assertEquals(Optional.of("tldr \uFFFD2"), d.papers().get(1).tldr());
        assertOthersIntact(d);
        // a genuine U+FFFD in the input is not a problem
        assertEquals(List.of(), PARSER.parse(digest().replace("tldr 2", "tldr \uFFFD").getBytes(StandardCharsets.UTF_8)).problems());
    }

    @Test
    void streamingAFileThatEndsInInvalidUtf8AfterALoneCr() throws java.io.IOException {
        // found by fuzzing parseBytes (its regression input): the stream read past the end of input
        // after the decoder was flushed and threw IllegalStateException
        byte[] input;
        try (java.io.InputStream in = getClass().getResourceAsStream(
                "fuzz/ParseFuzzTestInputs/parseBytes/streaming-invalid-utf8-after-lone-cr")) {
            input = in.readAllBytes();
        }
        Digest parsed = PARSER.parse(input);
        try (DigestParser.PaperStream s = PARSER.stream(new java.io.ByteArrayInputStream(input))) {
            assertEquals(parsed.papers(), s.papers().toList());
            assertEquals(parsed.problems(), s.digest().problems());
        }
        assertTrue(codes(parsed).contains("invalid-utf8"), codes(parsed).toString());
    }

    @Test
    void nulCharacters() {
        Digest d = PARSER.parse(digest(paper(1), paper(2).replace("result 2", "res\0ult 2"), paper(3)));
        assertEquals(lineOf(2) + 14, only(d, "nul-character").line());
        assertEquals(Optional.of("res\uFFFDult 2"), d.papers().get(1).result());
        assertOthersIntact(d);
    }

    @Test
    void fileCutOffInTheMiddleOfAPaper() {
        String text = digest();
        String cut = text.substring(0, text.indexOf("Result: result 3") + 10);
        Digest d = PARSER.parse(cut);
        Problem p = only(d, "paper-truncated");
        assertEquals(lineOf(3) + 14, p.line());
        Paper last = d.papers().get(2);
        assertEquals(Optional.of("method 3"), last.method());
        assertEquals(Optional.of("re"), last.result());
        assertSameContent(PARSER.parse(text).papers().get(1), d.papers().get(1));

        String beforeDetails = text.substring(0, text.indexOf("TL;DR: tldr 3") + 9);
        Digest d2 = PARSER.parse(beforeDetails);
        assertEquals(lineOf(3) + 5, only(d2, "paper-truncated").line());
        assertEquals(Optional.of("tl"), d2.papers().get(2).tldr());
    }

    @Test
    void brokenSummaryTags() {
        // found by fuzzing: the first '>' of the line closed "</summary>", before the text
        for (String summary : List.of("<summary</summary>", "<summary>", "<summary</summary>tail>", "<summary x>a</summary")) {
            Digest d = PARSER.parse(digest(paper(1), paper(2).replace("  <summary>Details</summary>", summary), paper(3)));
            assertEquals(3, d.papers().size(), summary);
            assertEquals(Optional.of("abstract 2"), d.papers().get(1).abstractText(), summary);
        }
    }

    @Test
    void emptyFile() {
        Digest d = PARSER.parse("");
        assertEquals(List.of("empty-input"), codes(d));
        assertEquals(1, d.problems().get(0).line());
        assertTrue(d.papers().isEmpty());
        assertEquals(List.of("empty-input"), codes(PARSER.parse("\n\n  \n")));
    }

    @Test
    void notADigest() {
        Digest d = PARSER.parse("Some project\n\nThis README explains how to install things.\n");
        assertTrue(codes(d).contains("not-a-digest"), codes(d).toString());
        assertTrue(d.papers().isEmpty());
        assertTrue(d.hasErrors());
    }

    @Test
    void strictModeThrowsOneExceptionWithAllProblems() {
        DigestParser strict = DigestParser.builder().strict(true).build();
        String damaged = digest(paper(1), paper(2).replace("TL;DR: tldr 2\n", ""), paper(3).replace("*Alice A,Bob B*\n", ""));
        DigestException e = org.junit.jupiter.api.Assertions.assertThrows(DigestException.class, () -> strict.parse(damaged));
        assertEquals(List.of("paper-missing-tldr", "paper-missing-authors"), e.problems().stream().map(Problem::code).toList());
        assertEquals(3, strict.parse(digest()).papers().size());
    }

    @Test
    void problemsAreAlsoOnThePaperTheyConcern() {
        Digest d = PARSER.parse(digest(paper(1), paper(2).replace("TL;DR: tldr 2\n", ""), paper(3)));
        assertEquals(List.of("paper-missing-tldr"), d.papers().get(1).problems().stream().map(Problem::code).toList());
        assertTrue(d.papers().get(0).problems().isEmpty());
        assertFalse(d.hasErrors());
    }
}
