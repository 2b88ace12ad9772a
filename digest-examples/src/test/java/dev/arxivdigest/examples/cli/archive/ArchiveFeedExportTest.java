package dev.arxivdigest.examples.cli.archive;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code digest archive export --format atom|rss}: the feed is parsed back with ROME and checked
 * against the papers the test wrote into the archive.
 */
class ArchiveFeedExportTest {

    @TempDir
    Path tmp;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        return run(new StringWriter(), args);
    }

    private static Run run(Writer stdout, String... args) {
        StringWriter err = new StringWriter();
        int status = new CommandLine(new ArchiveCommand()).setOut(new PrintWriter(stdout)).setErr(new PrintWriter(err)).execute(args);
        return new Run(status, stdout.toString(), err.toString());
    }

    /** A digest of one day, each paper {@code "ID CATEGORY"}, titled {@code Paper ID}. */
    private static void day(Path dir, String date, String... papers) throws IOException {
        Files.createDirectories(dir);
        StringBuilder md = new StringBuilder();
        int n = 0;
        for (String p : papers) {
            String id = p.split(" ")[0];
            String cat = p.split(" ")[1];
            md.append("\n# ").append(cat).append("\n\n### [").append(++n).append("] [Paper ").append(id)
                    .append("](https://arxiv.org/abs/").append(id).append(")\n*A,B*\n\nMain category: ").append(cat)
                    .append("\n\nTL;DR: t ").append(id).append("\n\n");
        }
        Files.writeString(dir.resolve(date + ".md"), md.toString(), StandardCharsets.UTF_8);
    }

    private void archive() throws IOException {
        day(tmp.resolve("up"), "2026-01-01", "2601.00001 cs.CV", "2601.00002 cs.CL");
        day(tmp.resolve("up"), "2026-01-02", "2601.00002 cs.CL", "2601.00003 cs.CL");
        day(tmp.resolve("fork"), "2026-01-02", "2601.00001 cs.CV");
    }

    private static SyndFeed parse(Run r) throws FeedException {
        assertEquals(0, r.status(), r.err());
        return new SyndFeedInput().build(new StringReader(r.out()));
    }

    private static Date day(String date) {
        return Date.from(LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static void assertEntry(SyndEntry e, String uri, String title, String date, String category) {
        assertEquals(uri, e.getUri());
        assertEquals(title, e.getTitle());
        assertEquals(day(date), e.getPublishedDate());
        assertEquals(category, e.getCategories().get(0).getName());
        assertEquals("t " + title.substring("Paper ".length()), e.getDescription().getValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"atom", "rss"})
    void everySightingIsAnEntryDatedByItsDay(String format) throws Exception {
        archive();
        Run r = run("export", "--format", format, tmp.resolve("up").toString(), tmp.resolve("fork").toString());
        SyndFeed feed = parse(r);
        assertEquals("arXiv digest archive up, fork, 2026-01-01 to 2026-01-02", feed.getTitle());
        List<SyndEntry> e = feed.getEntries();
        assertEquals(5, e.size());
        // (date, source, document) order; the same paper seen again gets #2 so that ids stay unique
        assertEntry(e.get(0), "info:arxiv/2601.00001", "Paper 2601.00001", "2026-01-01", "cs.CV");
        assertEntry(e.get(1), "info:arxiv/2601.00002", "Paper 2601.00002", "2026-01-01", "cs.CL");
        assertEntry(e.get(2), "info:arxiv/2601.00002#2", "Paper 2601.00002", "2026-01-02", "cs.CL");
        assertEntry(e.get(3), "info:arxiv/2601.00003", "Paper 2601.00003", "2026-01-02", "cs.CL");
        assertEntry(e.get(4), "info:arxiv/2601.00001#2", "Paper 2601.00001", "2026-01-02", "cs.CV");
        assertEquals("https://arxiv.org/abs/2601.00003", e.get(3).getLink());
        assertTrue(r.err().contains("watermark: wm1:fork=2026-01-02,up=2026-01-02"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"atom", "rss"})
    void uniqueGivesEachPaperOnceDatedByItsFirstSighting(String format) throws Exception {
        archive();
        Run r = run("export", "--format", format, "--unique", tmp.resolve("up").toString(), tmp.resolve("fork").toString());
        SyndFeed feed = parse(r);
        List<SyndEntry> e = feed.getEntries();
        assertEquals(3, e.size());
        assertEntry(e.get(0), "info:arxiv/2601.00001", "Paper 2601.00001", "2026-01-01", "cs.CV");
        assertEntry(e.get(1), "info:arxiv/2601.00002", "Paper 2601.00002", "2026-01-01", "cs.CL");
        assertEntry(e.get(2), "info:arxiv/2601.00003", "Paper 2601.00003", "2026-01-02", "cs.CL");
        assertTrue(r.err().contains("watermark: wm1:fork=2026-01-02,up=2026-01-02"), r.err());
    }

    @Test
    void theFeedTitleNamesTheDaysAskedFor() throws Exception {
        archive();
        SyndFeed feed = parse(run("export", "--format", "atom", "--from", "2026-01-02", "--to", "2026-01-31",
                "main=" + tmp.resolve("up")));
        assertEquals("arXiv digest archive main, 2026-01-02 to 2026-01-31", feed.getTitle());
        assertEquals("urn:arxiv-digest:archive:main:2026-01-02..2026-01-31", feed.getUri());
        assertEquals(List.of("info:arxiv/2601.00002", "info:arxiv/2601.00003"),
                feed.getEntries().stream().map(SyndEntry::getUri).toList());
        SyndFeed oneDay = parse(run("export", "--format", "rss", "--from", "2026-01-01", "--to", "2026-01-01",
                "main=" + tmp.resolve("up")));
        assertEquals("arXiv digest archive main, 2026-01-01", oneDay.getTitle());
    }

    @Test
    void sinceAWatermarkTheFeedHoldsOnlyTheNewPapers() throws Exception {
        day(tmp.resolve("up"), "2026-01-01", "2601.00001 cs.CV");
        Run first = run("export", "--format", "rss", "--since", "wm1:", tmp.resolve("up").toString());
        assertEquals(1, parse(first).getEntries().size());
        day(tmp.resolve("up"), "2026-01-02", "2601.00001 cs.CV", "2601.00002 cs.CL");
        Run second = run("export", "--format", "rss", "--since", "wm1:up=2026-01-01", tmp.resolve("up").toString());
        assertEquals(List.of("Paper 2601.00002"), parse(second).getEntries().stream().map(SyndEntry::getTitle).toList());
        assertTrue(second.err().contains("watermark: wm1:up=2026-01-02"), second.err());
    }

    @Test
    void anUnknownFormatIsAUsageError() throws IOException {
        archive();
        Run r = run("export", "--format", "xml", tmp.resolve("up").toString());
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().contains("xml"), r.err());
    }

    @Test
    void aFailingStandardOutputExitsThreeWithoutAWatermark() throws IOException {
        archive();
        Writer broken = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };
        Run r = run(broken, "export", "--format", "atom", tmp.resolve("up").toString());
        assertEquals(3, r.status(), r.err());
        assertTrue(r.err().contains("digest: cannot write to standard output"), r.err());
        assertTrue(!r.err().contains("watermark:"), r.err());
    }
}
