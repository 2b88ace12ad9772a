package dev.arxivdigest.core;

import dev.arxivdigest.model.Attributes;
import dev.arxivdigest.model.Category;
import dev.arxivdigest.model.Details;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Field;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Section;
import dev.arxivdigest.model.SourceSpan;
import dev.arxivdigest.model.TocEntry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Values whose text ends in line feeds (issue 10, "lossless to the last newline"): in the canonical
 * template the line feeds beyond the template's separator are the value's, so write -> parse gives
 * the model back and parse -> write gives the bytes back.
 */
class TrailingNewlinesTest {

    private static final DigestParser PARSER = DigestParser.builder().build();

    /** The model: the TL;DR ends in one line feed, the Conclusion in two, the Abstract in one. */
    private static Digest model() {
        Paper p = new Paper(Optional.of("1"), "T", "https://arxiv.org/abs/2501.00001", Optional.empty(),
                List.of("A", "B"), List.of(PropertyTest.section(Field.MAIN_CATEGORY, "cs.CL"),
                PropertyTest.section(Field.TLDR, "t\n")),
                Optional.of(new Details("Details", List.of(PropertyTest.section(Field.MOTIVATION, "m"),
                        PropertyTest.section(Field.METHOD, "k"), PropertyTest.section(Field.RESULT, "r"),
                        PropertyTest.section(Field.CONCLUSION, "c\n\n"), PropertyTest.section(Field.ABSTRACT, "a\n")),
                        Attributes.EMPTY, SourceSpan.EMPTY)),
                Attributes.EMPTY, SourceSpan.EMPTY, List.of());
        return new Digest(Optional.empty(), Optional.empty(), List.of(new TocEntry("cs.CL", "cs.CL", OptionalInt.of(1),
                SourceSpan.EMPTY)), List.of(new Category("cs.CL", "cs.CL", OptionalInt.of(1), List.of(p),
                SourceSpan.EMPTY)), List.of());
    }

    /** The bytes of {@link #model()} in the upstream template, written out by hand. */
    private static final String MARKDOWN = "<div id=toc></div>\n\n# Table of Contents\n\n"
            + "- [cs.CL](#cs.CL) [Total: 1]\n\n\n<div id='cs.CL'></div>\n\n# cs.CL [[Back]](#toc)\n\n"
            + "### [1] [T](https://arxiv.org/abs/2501.00001)\n*A,B*\n\nMain category: cs.CL\n\n"
            + "TL;DR: t\n\n\n\n<details>\n  <summary>Details</summary>\n"
            + "Motivation: m\n\nMethod: k\n\nResult: r\n\nConclusion: c\n\n\n\nAbstract: a\n\n\n</details>\n";

    private static List<String> texts(Digest d) {
        return d.papers().get(0).allSections().stream().map(s -> s.label() + "=" + s.text()).toList();
    }

    @Test
    void theModelIsWrittenInTheTemplate() {
        assertEquals(MARKDOWN, DigestWriter.canonical().write(model()));
        assertEquals(MARKDOWN, UpstreamTemplate.render(model()));
    }

    @Test
    void writeThenParseGivesTheValuesWithTheirLineFeeds() {
        Digest parsed = PARSER.parse(DigestWriter.canonical().write(model()));
        assertEquals(List.of("Main category=cs.CL", "TL;DR=t\n", "Motivation=m", "Method=k", "Result=r",
                "Conclusion=c\n\n", "Abstract=a\n"), texts(parsed));
        assertEquals(List.of(), parsed.problems());
    }

    @Test
    void parseThenWriteGivesTheBytes() {
        assertEquals(MARKDOWN, DigestWriter.canonical().write(PARSER.parse(MARKDOWN)));
    }

    @Test
    void crlfFileGivesTheSameValuesWithLineFeeds() {
        Digest parsed = PARSER.parse(MARKDOWN.replace("\n", "\r\n"));
        assertEquals(List.of("Main category=cs.CL", "TL;DR=t\n", "Motivation=m", "Method=k", "Result=r",
                "Conclusion=c\n\n", "Abstract=a\n"), texts(parsed));
        assertEquals(MARKDOWN, DigestWriter.canonical().write(parsed));
    }

    @Test
    void forkWithTwoBlankLinesBetweenFieldsKeepsItsValuesTrimmed() {
        String fork = "### [1] [T](https://arxiv.org/abs/2501.00001)\n*A,B*\n\n\nTL;DR: t\n\n\n\n<details>\n"
                + "  <summary>Details</summary>\nMotivation: m\n\n\nMethod: k\n\n\nResult: r\n\n\nConclusion: c\n\n\n"
                + "Abstract: a\n\n\n</details>\n";
        assertEquals(List.of("TL;DR=t", "Motivation=m", "Method=k", "Result=r", "Conclusion=c", "Abstract=a"),
                texts(PARSER.parse(fork)));
    }

    @Test
    void boldLabelsKeepTheirValuesTrimmed() {
        String fork = "### [1] [T](https://arxiv.org/abs/2501.00001)\n*A,B*\n\n**TL;DR**: t\n\n\n\n<details>\n"
                + "  <summary>Details</summary>\n**Motivation**: m\n\n**Method**: k\n\n\n\n**Abstract**: a\n\n</details>\n";
        assertEquals(List.of("TL;DR=t", "Motivation=m", "Method=k", "Abstract=a"), texts(PARSER.parse(fork)));
    }
}
