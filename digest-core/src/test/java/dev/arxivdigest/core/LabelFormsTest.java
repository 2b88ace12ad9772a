package dev.arxivdigest.core;

import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Field;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Section;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The forms a label is recognised in, through the public parser only: symbols around it, case and
 * inner white space, a parenthesised gloss (ASCII or full-width) before or after the label, and a
 * label-like line inside a paragraph, which needs the label itself.
 */
class LabelFormsTest {

    /**
     * A new parser for each input: a parser memoises the labels it has looked up, so a parser shared
     * by the tests would answer from that memo (and hide a change in the lookup from PIT, which runs
     * many mutants in one JVM).
     */
    private static Digest parse(String md) {
        return DigestParser.builder().build().parse(md);
    }

    /** The one-paper canonical digest with its details block holding {@code details} instead. */
    static String withDetails(String details) {
        String one = ProblemPositionsTest.ONE;
        int open = one.indexOf("  <summary>Details</summary>\n") + "  <summary>Details</summary>\n".length();
        int close = one.indexOf("\n</details>\n");
        return one.substring(0, open) + details + one.substring(close);
    }

    /** The sections of the details block, in order (the header's category and TL;DR left out). */
    static List<Section> detailSections(String details) {
        Paper p = parse(withDetails(details)).papers().get(0);
        return p.details().orElseThrow().sections();
    }

    private static void assertSection(Section s, String label, Optional<Field> field, String text) {
        assertEquals(label, s.label(), "label");
        assertEquals(field, s.field(), "field of " + label);
        assertEquals(text, s.text(), "text of " + label);
    }

    @Test
    void symbolsBeforeOrAfterTheLabelAreIgnored() {
        List<Section> s = detailSections("🎯 Motivation: m\n\nMethod 💡: x\n\n**Result**: r\n\nAbstract: a\n");
        assertEquals(4, s.size());
        assertSection(s.get(0), "🎯 Motivation", Optional.of(Field.MOTIVATION), "m");
        assertSection(s.get(1), "Method 💡", Optional.of(Field.METHOD), "x");
        assertEquals(Optional.of(Field.RESULT), s.get(2).field());
        assertEquals("r", s.get(2).text());
    }

    @Test
    void caseAndInnerWhiteSpaceAreFolded() {
        List<Section> s = detailSections("MOTIVATION: m\n\nOriginal    Abstract: a\n");
        assertSection(s.get(0), "MOTIVATION", Optional.of(Field.MOTIVATION), "m");
        assertSection(s.get(1), "Original    Abstract", Optional.of(Field.ABSTRACT), "a");
    }

    @Test
    void aGlossAfterTheLabelIsIgnored() {
        List<Section> s = detailSections("Result (结果): r\n\n结论（Conclusion）: c\n\nAbstract: a\n");
        assertSection(s.get(0), "Result (结果)", Optional.of(Field.RESULT), "r");
        assertSection(s.get(1), "结论（Conclusion）", Optional.of(Field.CONCLUSION), "c");
    }

    @Test
    void aLabelInsideParenthesesIsTheGlossOfAnUnknownWord() {
        List<Section> s = detailSections("Ergebnis (Result): r\n\nSchluss（Conclusion）: c\n\nAbstract: a\n");
        assertSection(s.get(0), "Ergebnis (Result)", Optional.of(Field.RESULT), "r");
        assertSection(s.get(1), "Schluss（Conclusion）", Optional.of(Field.CONCLUSION), "c");
    }

    @Test
    void parenthesesWithoutAKnownLabelLeaveTheSectionUnmapped() {
        List<Section> s = detailSections("Motivation: m\n\nNote (see below): n\n\nAside (unclosed: u\n\nAbstract: a\n");
        assertSection(s.get(1), "Note (see below)", Optional.empty(), "n");
        assertSection(s.get(2), "Aside (unclosed", Optional.empty(), "u");
    }

    @Test
    void midParagraphAGlossedLabelIsText() {
        // the line has the form of the line that opened the paragraph, but only its gloss is a label
        List<Section> s = detailSections("Motivation: first line\nResult (see above): more\n\nAbstract: a\n");
        assertEquals(2, s.size());
        assertSection(s.get(0), "Motivation", Optional.of(Field.MOTIVATION), "first line\nResult (see above): more");
    }

    @Test
    void midParagraphAnExactLabelOfTheSameFormIsASection() {
        List<Section> s = detailSections("Motivation: first line\nResult: r\n\nAbstract: a\n");
        assertEquals(3, s.size());
        assertSection(s.get(0), "Motivation", Optional.of(Field.MOTIVATION), "first line");
        assertSection(s.get(1), "Result", Optional.of(Field.RESULT), "r");
    }

    @Test
    void anAliasAddedOnTheBuilderAlsoTakesAGloss() {
        DigestParser p = DigestParser.builder().addLabelAlias("Ansatz", Field.METHOD).build();
        Paper paper = p.parse(withDetails("Ansatz (Idee): x\n\nAbstract: a\n")).papers().get(0);
        assertEquals(Optional.of("x"), paper.method());
    }

    @Test
    void midParagraphALabelForksWriteIsASectionEvenWithAGloss() {
        List<Section> s = detailSections("Motivation: first\nKeywords (auto): k\nRandom: x\n\nAbstract: a\n");
        assertEquals(3, s.size());
        assertSection(s.get(0), "Motivation", Optional.of(Field.MOTIVATION), "first");
        assertSection(s.get(1), "Keywords (auto)", Optional.empty(), "k\nRandom: x");
    }

    @Test
    void midParagraphAnUnknownLabelIsText() {
        List<Section> s = detailSections("Motivation: first\nRandom: x\n\nAbstract: a\n");
        assertEquals(2, s.size());
        assertSection(s.get(0), "Motivation", Optional.of(Field.MOTIVATION), "first\nRandom: x");
    }

    @Test
    void aLabelledAuthorsLineGivesTheAuthors() {
        String md = ProblemPositionsTest.ONE.replace("*Alice A,Bob B*\n", "\n**Authors:** Alice A, Bob B\n");
        Paper p = parse(md).papers().get(0);
        assertEquals(List.of("Alice A", "Bob B"), p.authors());
        assertEquals(Optional.of("tldr 1"), p.tldr());
    }
}
