package dev.arxivdigest.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.examples.cli.ReportedFailuresTest.Result;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

/** {@code export --format atom|rss}, read back with ROME's parser and checked against the model. */
class FeedExportTest {

    @TempDir
    Path tmp;

    private Path sampleAs(String name) throws IOException {
        try (InputStream in = DigestCli.class.getResourceAsStream(DigestCli.SAMPLE_RESOURCE)) {
            Path p = tmp.resolve(name);
            Files.write(p, in.readAllBytes());
            return p;
        }
    }

    private static SyndFeed parse(String xml) throws Exception {
        SyndFeedInput input = new SyndFeedInput();
        return input.build(new InputSource(new StringReader(xml)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"atom", "rss"})
    void oneEntryPerPaperMatchingTheModel(String format) throws Exception {
        Path file = sampleAs("2025-12-24.md");
        Digest digest = DigestParser.builder().build().parse(file);
        Result r = ReportedFailuresTest.run("export", "--format", format, file.toString());
        assertEquals(0, r.status(), r.err());
        SyndFeed feed = parse(r.out());
        assertEquals(format.equals("atom") ? "atom_1.0" : "rss_2.0", feed.getFeedType());
        List<SyndEntry> entries = feed.getEntries();
        assertEquals(76, entries.size());
        assertEquals(digest.papers().size(), entries.size());
        Instant day = Instant.parse("2025-12-24T00:00:00Z");
        for (int i = 0; i < entries.size(); i++) {
            Paper paper = digest.papers().get(i);
            SyndEntry e = entries.get(i);
            assertEquals("info:arxiv/" + paper.arxivId().orElseThrow().id(), e.getUri());
            assertEquals(paper.link(), e.getLink());
            assertEquals(paper.title(), e.getTitle(), "the sample's titles have no markup");
            List<String> authors = format.equals("atom")
                    ? e.getAuthors().stream().map(SyndPerson::getName).toList()
                    : ((DCModule) e.getModule(DCModule.URI)).getCreators();
            assertEquals(paper.authors(), authors);
            assertEquals(paper.tldr().orElseThrow().strip(), e.getDescription().getValue().strip());
            assertEquals(day, e.getPublishedDate().toInstant());
            assertEquals(paper.mainCategory().orElseThrow(), e.getCategories().get(0).getName());
            String html = e.getContents().get(0).getValue();
            assertTrue(html.contains(paper.link()), html);
            assertTrue(html.contains("<dt>Motivation</dt>"), html);
        }
        assertEquals("info:arxiv/2512.21349", entries.get(0).getUri());
        assertEquals("Physics-Informed Neural Solvers for Periodic Quantum Eigenproblems", entries.get(0).getTitle());
        if (format.equals("atom")) {
            assertEquals(List.of("Haaris Mian"), entries.get(0).getAuthors().stream().map(SyndPerson::getName).toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"atom", "rss"})
    void hostileFieldsStayValidXmlAndSanitized(String format) throws Exception {
        Path file = tmp.resolve("2025-01-02.md");
        Files.writeString(file, String.join("\n",
                "### [1] [Bad \u0001 title <script>alert(1)</script>](https://arxiv.org/abs/2501.00001v2)",
                "*Ann \u001b[31m One, Bob]]> Two*",
                "",
                "**TL;DR:** <img src=x onerror=alert(1)> summary & more",
                "",
                "### [2] [Same paper again](https://arxiv.org/abs/2501.00001)",
                "*C*",
                "",
                "### [3] [No link]()",
                "*D*",
                ""), StandardCharsets.UTF_8);
        Result r = ReportedFailuresTest.run("export", "--format", format, file.toString());
        assertEquals(0, r.status(), r.err());
        SyndFeed feed = parse(r.out());
        List<SyndEntry> entries = feed.getEntries();
        assertEquals(3, entries.size());
        assertEquals("info:arxiv/2501.00001", entries.get(0).getUri(), "no version in the id");
        assertEquals("info:arxiv/2501.00001#2", entries.get(1).getUri(), "ids are unique");
        assertEquals("urn:arxiv-digest:paper:3", entries.get(2).getUri());
        assertTrue(entries.get(0).getTitle().startsWith("Bad \uFFFD title"), entries.get(0).getTitle());
        String html = entries.get(0).getContents().get(0).getValue();
        assertFalse(html.contains("<script") || html.contains("onerror"), html);
        assertTrue(entries.get(0).getDescription().getValue().contains("summary & more"));
    }
}
