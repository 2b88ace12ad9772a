package dev.arxivdigest.core;

import dev.arxivdigest.model.Field;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.ProblemCode;
import dev.arxivdigest.model.Section;
import dev.arxivdigest.model.SourceSpan;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A section's value as the public model gives it: text, list items and source span, for empty,
 * quoted, CR-terminated and list values. Inputs are the one-paper digest of
 * {@link ProblemPositionsTest} with its details block replaced; its first details line is line 22.
 */
class SectionValuesTest {

    private static Section method(String value) {
        List<Section> s = LabelFormsTest.detailSections("Method: " + value + "\n\nAbstract: a\n");
        assertEquals(Optional.of(Field.METHOD), s.get(0).field());
        return s.get(0);
    }

    private static List<String> items(String value) {
        return method(value).items();
    }

    @Test
    void aLabelWithoutValueSpansItsLabelLine() {
        String md = LabelFormsTest.withDetails("Method:\n\nResult: r\n\nAbstract: a\n");
        var d = DigestParser.builder().build().parse(md);
        Section m = d.papers().get(0).section(Field.METHOD).orElseThrow();
        assertEquals("", m.text());
        assertEquals(List.of(), m.items());
        assertEquals(22, m.span().startLine());
        assertEquals(1, m.span().startColumn());
        assertEquals(22, m.span().endLine());
        assertEquals(8, m.span().endColumn()); // just after "Method:"
        List<Problem> empty = d.problems().stream().filter(p -> p.code().equals(ProblemCode.FIELD_EMPTY.code())).toList();
        assertEquals(1, empty.size());
        assertEquals(22, empty.get(0).line());
    }

    @Test
    void quoteMarkersAreRemovedFromContinuationLines() {
        List<Section> s = LabelFormsTest.detailSections("> Motivation: a\n> b\n>c\n  > d\n\nAbstract: a\n");
        assertEquals("a\nb\nc\nd", s.get(0).text());
        s = LabelFormsTest.detailSections("> Motivation: a\n>\n> b\n\nAbstract: a\n");
        assertEquals("a\n\nb", s.get(0).text());
    }

    @Test
    void crlfAndLoneCrEndingsBecomeLfInsideAValue() {
        String crlf = LabelFormsTest.withDetails("Motivation: line one\nline two\n\nAbstract: a\n").replace("\n", "\r\n");
        String cr = crlf.replace("\r\n", "\r");
        for (String md : List.of(crlf, cr)) {
            Paper p = DigestParser.builder().build().parse(md).papers().get(0);
            assertEquals(Optional.of("line one\nline two"), p.motivation());
            assertEquals(Optional.of("a"), p.abstractText());
        }
    }

    @Test
    void bulletsOfEveryKindAreItems() {
        assertEquals(List.of("x", "y", "z", "w", "v"), items("123. x\n+   y\n* z\n• w\n\t- v"));
        assertEquals(List.of("a", "b"), items("\n  - a\n  - b"));
    }

    @Test
    void numberedItemsTakeUpToThreeDigits() {
        assertEquals(List.of("a", "b", "c", "d\n1234. e"), items("1. a\n2) b\n3、c\n10. d\n1234. e"));
    }

    @Test
    void anIndentedParagraphAfterABlankLineBelongsToTheLastItem() {
        assertEquals(List.of("a", "b\n  more of b"), items("\n- a\n- b\n\n  more of b"));
    }

    @Test
    void anUnindentedParagraphAfterABlankLineEndsTheList() {
        Section m = method("\n- a\n- b\n\nafter");
        assertEquals("- a\n- b\n\nafter", m.text());
        assertEquals(List.of("a", "b"), m.items());
    }

    @Test
    void textThatOnlyLooksLikeAListHasNoItems() {
        assertEquals(List.of(), items("-a\n-b"), "no space after the bullet");
        assertEquals(List.of(), items("1.5 x\n2.5 y"), "decimal numbers");
        assertEquals(List.of(), items("1 x\n2 y"), "numbers without a mark");
        assertEquals(List.of(), items("intro\n- b\n- c"), "text before the first item");
        assertEquals(List.of(), items("- only"), "a single item");
        assertEquals(List.of(), items("a. x\n-\n- y"), "a letter and a lone dash");
    }

    @Test
    void streamedPapersHaveSpansAtTheirOffsetInTheWholeInput() throws Exception {
        String md = ProblemPositionsTest.THREE;
        List<Paper> papers = new ArrayList<>();
        try (DigestParser.PaperStream s = DigestParser.builder().build()
                .stream(new ByteArrayInputStream(md.getBytes(StandardCharsets.UTF_8)))) {
            s.forEach(papers::add);
        }
        assertEquals(3, papers.size());
        for (int i = 1; i <= 3; i++) {
            SourceSpan span = papers.get(i - 1).section(Field.MOTIVATION).orElseThrow().span();
            String line = "Motivation: motivation " + i;
            long start = md.indexOf(line + "\n"); // the inputs are ASCII: char offsets are byte offsets
            assertTrue(start > 0);
            assertEquals(start, span.startOffset(), "start of motivation " + i);
            assertEquals(start + line.length(), span.endOffset(), "end of motivation " + i);
            assertEquals(12 + 23 * (i - 1) + 10, span.startLine());
        }
    }

    @Test
    void linesThatEndAListValueWithoutAMarkerBelongToTheLastItem() {
        assertEquals(List.of("a", "b\n-"), items("- a\n- b\n-"), "a lone dash at the end");
        assertEquals(List.of("a", "b\n12"), items("1. a\n2. b\n12"), "a number without a mark at the end");
        assertEquals(List.of("a", "b\n. x"), items("- a\n- b\n. x"), "a mark without a number");
    }

    @Test
    void aNumberWithItsMarkAloneOnALineIsAnEmptyItem() {
        assertEquals(List.of("a", "", "c"), items("1. a\n2.\n3. c"));
    }

    @Test
    void aBareQuoteMarkerLineEndsAQuotedValue() {
        List<Section> s = LabelFormsTest.detailSections("> Motivation: a\n>   b\n>\n\nAbstract: a\n");
        // the bare marker is an empty last line of the quote; only the lines before it are pinned here
        assertEquals("a\n  b", s.get(0).text().stripTrailing());
        assertEquals(Optional.of(Field.ABSTRACT), s.get(1).field());
    }

    @Test
    void streamedValuesOfACrlfPaperAreLfWhenTheNextPaperIsLf() throws Exception {
        String crlfPaper = ProblemPositionsTest.paper(1).replace("Motivation: motivation 1\n",
                "Motivation: motivation 1\nline two\n").replace("\n", "\r\n");
        String lfPaper = ProblemPositionsTest.paper(2).replace("Motivation: motivation 2\n",
                "Motivation: motivation 2\nline two\n");
        String md = ProblemPositionsTest.head(2) + crlfPaper + "\n\n" + lfPaper;
        List<Paper> papers = new ArrayList<>();
        try (DigestParser.PaperStream s = DigestParser.builder().build()
                .stream(new ByteArrayInputStream(md.getBytes(StandardCharsets.UTF_8)))) {
            s.forEach(papers::add);
        }
        assertEquals(2, papers.size());
        assertEquals(Optional.of("motivation 1\nline two"), papers.get(0).motivation());
        assertEquals(Optional.of("motivation 2\nline two"), papers.get(1).motivation());
    }
}
