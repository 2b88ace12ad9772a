package dev.arxivdigest.archive;

import dev.arxivdigest.json.PaperRecord;
import dev.arxivdigest.model.PaperId;
import dev.arxivdigest.testsupport.UpstreamDays;
import dev.arxivdigest.testsupport.UpstreamDays.P;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.arxivdigest.testsupport.UpstreamDays.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link DigestArchive}: listing, joining, order, dedupe, watermarks and faults, on archives written by the test. */
class DigestArchiveTest {

    @TempDir
    Path tmp;

    private static List<String> ids(List<ArchivedPaper> papers) {
        return papers.stream().map(x -> x.id().orElseThrow().value()).toList();
    }

    private static List<ArchivedPaper> all(DigestArchive archive) {
        List<ArchivedPaper> out = new ArrayList<>();
        try (ArchiveStream<ArchivedPaper> s = archive.papers()) {
            s.forEach(out::add);
        }
        return out;
    }

    private static List<String> codes(List<ArchiveProblem> problems) {
        return problems.stream().map(p -> p.file().getFileName() + ":" + p.problem().line() + ":" + p.problem().code()).toList();
    }

    @Test
    void listsDaysInUpstreamsLayoutAndInAnyTree() throws IOException {
        Path up = tmp.resolve("upstream");
        Path data = up.resolve("data");
        UpstreamDays.writeDay(data, "2026-03-10", List.of(p("2603.00001", "cs.CV")));
        UpstreamDays.writeRecords(data, "2026-03-10.jsonl", List.of(p("2603.00001", "cs.CV")));
        UpstreamDays.writeRecords(data, "2026-03-11_AI_enhanced_Chinese.jsonl", List.of(p("2603.00002", "cs.CL")));
        Files.writeString(up.resolve("README.md"), "# not a day\n");
        Files.writeString(data.resolve("2026-03-10.truth.jsonl"), "{}\n");
        Path fork = tmp.resolve("fork");
        UpstreamDays.writeMarkdown(fork.resolve("2026/03"), "2026-03-09", List.of(p("2603.00003", "cs.AI")));
        UpstreamDays.writeRecords(fork.resolve("2026/03"), "2026-03-09.source.jsonl", List.of(p("2603.00003", "cs.AI")));
        UpstreamDays.writeMarkdown(fork.resolve(".git"), "2026-01-01", List.of(p("2601.00009", "cs.AI")));

        DigestArchive archive = DigestArchive.builder().addSource("upstream", up).addSource("fork", fork).build();
        List<ArchiveDay> updays = archive.days("upstream");
        assertEquals(2, updays.size());
        assertEquals(LocalDate.of(2026, 3, 10), updays.get(0).date());
        assertEquals(Optional.of(data.resolve("2026-03-10.md")), updays.get(0).markdown());
        assertEquals(Optional.of(data.resolve("2026-03-10_AI_enhanced_Chinese.jsonl")), updays.get(0).records());
        assertEquals(Optional.empty(), updays.get(1).markdown());
        assertEquals(Optional.of(data.resolve("2026-03-11_AI_enhanced_Chinese.jsonl")), updays.get(1).records());
        List<ArchiveDay> forkdays = archive.days("fork");
        assertEquals(1, forkdays.size());
        assertEquals(Optional.of(fork.resolve("2026/03/2026-03-09.source.jsonl")), forkdays.get(0).records());

        DigestArchive.Listing listing = archive.list();
        assertEquals(List.of("fork 2026-03-09", "upstream 2026-03-10", "upstream 2026-03-11"),
                listing.days().stream().map(d -> d.source() + " " + d.date()).toList());
        assertEquals(List.of(), listing.problems());
        assertThrows(IllegalArgumentException.class, () -> archive.days("nope"));
    }

    @Test
    void joinsEachPaperWithItsRecordAndKeepsTheMarkdownValues() throws IOException {
        Path up = tmp.resolve("up");
        List<P> shown = List.of(p("2603.00001", "cs.CV"), p("2603.00002", "cs.CL"));
        UpstreamDays.writeMarkdown(up, "2026-03-10", shown);
        List<P> recs = List.of(p("2603.00001", "cs.CV"), p("2603.00004", "cs.CV"), new P("2603.00002", "Another title", "cs.CL"));
        UpstreamDays.writeRecords(up, "2026-03-10_AI_enhanced_Chinese.jsonl", recs);
        DigestArchive archive = DigestArchive.builder().addSource("upstream", up).build();

        ArchivedDay day = archive.open("upstream", LocalDate.of(2026, 3, 10)).orElseThrow();
        assertEquals(2, day.papers().size());
        ArchivedPaper first = day.papers().get(0);
        assertEquals(Optional.of("https://arxiv.org/pdf/2603.00001"), first.pdf());
        assertEquals(Optional.of("8 pages"), first.comment());
        assertEquals(List.of("cs.CV", "cs.AI"), first.categories());
        assertEquals("Title of 2603.00001", first.paper().title());
        assertEquals(new Sighting(LocalDate.of(2026, 3, 10), "upstream", "cs.CV", 1, up.resolve("2026-03-10.md"), first.paper().line()),
                first.sighting());
        ArchivedPaper second = day.papers().get(1);
        assertEquals("Title of 2603.00002", second.paper().title(), "markdown value unchanged");
        assertEquals("cs.CL", second.sighting().category());
        assertEquals(2, second.sighting().position());
        assertEquals(List.of("2603.00004"), day.unshownRecords().stream().map(r -> r.id().orElseThrow()).toList());
        assertEquals(List.of("2026-03-10.md:" + second.paper().line() + ":record-title-differs"),
                codes(day.problems()).stream().filter(c -> c.contains("record-")).toList());
    }

    @Test
    void aDayWithOnlyRecordsIsADay() throws IOException {
        Path up = tmp.resolve("up");
        UpstreamDays.writeRecords(up, "2025-06-01_AI_enhanced_Chinese.jsonl", List.of(p("2506.00001", "cs.LG"), p("2506.00002", "cs.CV")));
        ArchivedDay day = DigestArchive.builder().addSource("u", up).build().open("u", LocalDate.of(2025, 6, 1)).orElseThrow();
        assertEquals(Optional.empty(), day.digest());
        assertEquals(List.of("2506.00001", "2506.00002"), ids(day.papers()));
        ArchivedPaper p = day.papers().get(1);
        assertEquals("Title of 2506.00002", p.paper().title());
        assertEquals(Optional.of("tldr of 2506.00002"), p.paper().tldr());
        assertEquals(Optional.of("abstract of 2506.00002"), p.paper().abstractText());
        assertEquals(Optional.of("cs.CV"), p.paper().mainCategory());
        assertEquals(List.of("Ada Lovelace", "Alan Turing"), p.paper().authors());
        assertEquals("cs.CV", p.sighting().category());
        assertEquals(2, p.sighting().line());
        assertEquals(Optional.of("https://arxiv.org/pdf/2506.00002"), p.pdf());
    }

    @Test
    void papersComeInDateSourceDocumentOrder() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        UpstreamDays.writeDay(a, "2026-01-02", List.of(p("2601.00003", "cs.CV"), p("2601.00004", "cs.CL")));
        UpstreamDays.writeDay(a, "2026-01-01", List.of(p("2601.00001", "cs.CV")));
        UpstreamDays.writeDay(b, "2026-01-01", List.of(p("2601.00002", "cs.CV")));
        UpstreamDays.writeDay(b, "2026-01-03", List.of(p("2601.00005", "cs.CV")));
        DigestArchive archive = DigestArchive.builder().addSource("zeta", a).addSource("alpha", b).threads(2).lookAhead(1).build();
        assertEquals(List.of("2601.00001", "2601.00002", "2601.00003", "2601.00004", "2601.00005"), ids(all(archive)));
        List<ArchivedPaper> range = new ArrayList<>();
        try (ArchiveStream<ArchivedPaper> s = archive.papers(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 2))) {
            s.forEach(range::add);
        }
        assertEquals(List.of("2601.00003", "2601.00004"), ids(range));
        try (ArchiveStream<ArchivedDay> days = archive.days(LocalDate.MIN, LocalDate.MAX)) {
            assertEquals(List.of("zeta", "alpha", "zeta", "alpha"), days.stream().map(d -> d.day().source()).toList());
        }
    }

    @Test
    void faultsStayLocal() throws IOException {
        Path up = tmp.resolve("up");
        UpstreamDays.writeDay(up, "2026-01-01", List.of(p("2601.00001", "cs.CV")));
        Files.createSymbolicLink(up.resolve("2026-01-02.md"), up.resolve("missing.md"));
        Files.writeString(up.resolve("2026-01-03_AI_enhanced_Chinese.jsonl"),
                UpstreamDays.record(p("2601.00003", "cs.CV")) + "{\"id\": \"2601.0000\n" + UpstreamDays.record(p("2601.00004", "cs.CV")),
                StandardCharsets.UTF_8);
        Files.writeString(up.resolve("2026-01-04.md"), "### [1] [Broken](https://arxiv.org/abs/2601.00005)\n*A*\n\n<details>\nMotivation: x\n",
                StandardCharsets.UTF_8);
        UpstreamDays.writeDay(up, "2026-01-05", List.of(p("2601.00006", "cs.CV")));
        DigestArchive archive = DigestArchive.builder().addSource("up", up).build();
        List<ArchivedPaper> papers = new ArrayList<>();
        List<ArchiveProblem> problems;
        try (ArchiveStream<ArchivedPaper> s = archive.papers()) {
            s.forEach(papers::add);
            problems = s.problems();
        }
        assertEquals(List.of("2601.00001", "2601.00003", "2601.00004", "2601.00005", "2601.00006"), ids(papers));
        List<String> codes = codes(problems);
        assertTrue(codes.contains("2026-01-02.md:1:archive-unreadable"), codes.toString());
        assertTrue(codes.contains("2026-01-03_AI_enhanced_Chinese.jsonl:2:record-not-json"), codes.toString());
        assertTrue(codes.contains("2026-01-04.md:5:paper-truncated"), codes.toString());
        assertTrue(problems.stream().allMatch(p -> p.toString().startsWith(p.file().toString() + ":")));
    }

    @Test
    void aMissingRootIsAProblemAndTheOtherSourcesAreRead() throws IOException {
        Path up = tmp.resolve("up");
        UpstreamDays.writeDay(up, "2026-01-01", List.of(p("2601.00001", "cs.CV")));
        DigestArchive archive = DigestArchive.builder().addSource("gone", tmp.resolve("gone")).addSource("up", up).build();
        DigestArchive.Listing listing = archive.list();
        assertEquals(List.of("gone:1:archive-unreadable"), codes(listing.problems()));
        assertEquals("gone", listing.problems().get(0).source());
        assertEquals(List.of("2601.00001"), ids(all(archive)));
    }

    @Test
    void eachPaperOnceWithAllItsSightings() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        UpstreamDays.writeDay(a, "2026-01-01", List.of(p("2601.00001", "cs.CV"), p("2601.00002", "cs.CL")));
        UpstreamDays.writeDay(a, "2026-01-02", List.of(new P("2601.00001", "Title of 2601.00001", "cs.LG")));
        UpstreamDays.writeMarkdown(b, "2026-01-02", List.of(p("2601.00002", "cs.AI"), p("2601.00003", "cs.AI")));
        DigestArchive archive = DigestArchive.builder().addSource("a", a).addSource("b", b).build();

        UniquePapers first = archive.unique(LocalDate.MIN, LocalDate.MAX, UniquePaper.Content.FIRST);
        assertEquals(5, first.sightings());
        assertEquals(List.of("2601.00001", "2601.00002", "2601.00003"),
                first.papers().stream().map(u -> u.id().orElseThrow().value()).toList());
        UniquePaper one = first.papers().get(0);
        assertEquals(List.of("2026-01-01 a cs.CV 1", "2026-01-02 a cs.LG 1"), one.sightings().stream()
                .map(s -> s.date() + " " + s.source() + " " + s.category() + " " + s.position()).toList());
        assertEquals("cs.CV", one.content().sighting().category());
        assertEquals(List.of("cs.CV", "cs.AI", "cs.LG"), one.categories(), "the record's, then the later listing's");
        UniquePaper two = first.papers().get(1);
        assertEquals(List.of("a", "b"), two.sightings().stream().map(Sighting::source).toList());
        assertFalse(two.content().record().isEmpty(), "the first sighting has its record");

        UniquePapers latest = archive.unique(LocalDate.MIN, LocalDate.MAX, UniquePaper.Content.LATEST);
        assertEquals("cs.LG", latest.papers().get(0).content().sighting().category());
        assertEquals("b", latest.papers().get(1).content().sighting().source());
        assertEquals(Watermark.parse("wm1:a=2026-01-02,b=2026-01-02"), latest.watermark());
    }

    @Test
    void threeRunsOverAGrowingArchiveReturnEachPaperOnce() throws IOException {
        Path up = tmp.resolve("up");
        Path fork = tmp.resolve("fork");
        DigestArchive archive = DigestArchive.builder().addSource("upstream", up).addSource("fork", fork).build();
        Files.createDirectories(up);
        Files.createDirectories(fork);

        UpstreamDays.writeDay(up, "2026-01-01", List.of(p("2601.00001", "cs.CV"), p("2601.00002", "cs.CV")));
        UniquePapers run1 = archive.since(Watermark.EMPTY);
        Watermark w1 = Watermark.parse(run1.watermark().toString());

        // day 2: one repeat from day 1, one new; the fork starts with a repeat and a new paper
        UpstreamDays.writeDay(up, "2026-01-02", List.of(p("2601.00002", "cs.CV"), p("2601.00003", "cs.CL")));
        UpstreamDays.writeDay(fork, "2026-01-02", List.of(p("2601.00001", "cs.AI"), p("2601.00004", "cs.AI")));
        UniquePapers run2 = archive.since(w1);
        Watermark w2 = Watermark.parse(run2.watermark().toString());

        // day 3: repeats only from both earlier days, and one new paper seen in both sources
        UpstreamDays.writeDay(up, "2026-01-03", List.of(p("2601.00003", "cs.CL"), p("2601.00005", "cs.CL")));
        UpstreamDays.writeDay(fork, "2026-01-03", List.of(p("2601.00004", "cs.AI"), p("2601.00005", "cs.AI")));
        UniquePapers run3 = archive.since(w2);
        UniquePapers run4 = archive.since(run3.watermark());

        assertEquals(List.of("2601.00001", "2601.00002"), uniqueIds(run1));
        assertEquals(List.of("2601.00003", "2601.00004"), uniqueIds(run2));
        assertEquals(List.of("2601.00005"), uniqueIds(run3));
        assertEquals(List.of(), uniqueIds(run4));
        assertEquals(List.of("upstream", "fork"), run3.papers().get(0).sightings().stream().map(Sighting::source).toList());
        assertEquals("wm1:upstream=2026-01-01", w1.toString());
        assertEquals("wm1:fork=2026-01-02,upstream=2026-01-02", w2.toString());
        assertEquals("wm1:fork=2026-01-03,upstream=2026-01-03", run3.watermark().toString());
    }

    private static List<String> uniqueIds(UniquePapers u) {
        return u.papers().stream().map(x -> x.id().orElseThrow().value()).toList();
    }

    @Test
    void oneArchiveIsSharedBetweenThreads() throws Exception {
        Path up = tmp.resolve("up");
        for (int d = 1; d <= 9; d++) {
            UpstreamDays.writeDay(up, "2026-02-0" + d, List.of(p("2602.0000" + d, "cs.CV"), p("2602.1000" + d, "cs.CL")));
        }
        DigestArchive archive = DigestArchive.builder().addSource("up", up).threads(2).build();
        List<String> expected = new ArrayList<>();
        for (int d = 1; d <= 9; d++) {
            expected.add("2602.0000" + d);
            expected.add("2602.1000" + d);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> ids(all(archive))));
            }
            for (Future<List<String>> r : runs) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void stoppingEarlyClosesTheStream() throws IOException {
        Path up = tmp.resolve("up");
        for (int d = 1; d <= 9; d++) {
            UpstreamDays.writeDay(up, "2026-02-0" + d, List.of(p("2602.0000" + d, "cs.CV")));
        }
        DigestArchive archive = DigestArchive.builder().addSource("up", up).lookAhead(2).build();
        try (ArchiveStream<ArchivedPaper> s = archive.papers()) {
            assertEquals("2602.00001", s.iterator().next().id().orElseThrow().value());
            assertEquals(1, s.daysRead());
        }
    }

    @Test
    void recordsWithoutMarkdownPaperAreJoinedByDoiToo() throws IOException {
        Path aps = tmp.resolve("aps");
        Files.createDirectories(aps);
        Files.writeString(aps.resolve("2026-01-01.md"), "### [1] [A journal paper](https://link.aps.org/doi/10.1103/hxzf-nmpx)\n*A,B*\n\n"
                + "Main category: prl\n\nTL;DR: t\n", StandardCharsets.UTF_8);
        Files.writeString(aps.resolve("2026-01-01.source.jsonl"), "{\"id\": \"10.1103/HXZF-nmpx\", \"title\": \"A journal paper\", "
                + "\"categories\": [\"prl\", \"cond-mat\"], \"pdf\": \"https://journals.aps.org/prl/pdf/10.1103/hxzf-nmpx\"}\n",
                StandardCharsets.UTF_8);
        ArchivedPaper p = DigestArchive.builder().addSource("aps", aps).build().open("aps", LocalDate.of(2026, 1, 1))
                .orElseThrow().papers().get(0);
        assertEquals(PaperId.Kind.DOI, p.id().orElseThrow().kind());
        assertEquals(List.of("prl", "cond-mat"), p.categories());
        assertEquals(Optional.of("https://journals.aps.org/prl/pdf/10.1103/hxzf-nmpx"), p.pdf());
        assertTrue(p.record().map(PaperRecord::line).orElseThrow() == 1);
    }

    @Test
    void badConfigurationFailsAtBuild() {
        assertThrows(IllegalStateException.class, () -> DigestArchive.builder().build());
        assertThrows(IllegalArgumentException.class, () -> DigestArchive.builder().addSource(" ", tmp));
        assertThrows(IllegalArgumentException.class, () -> DigestArchive.builder().addSource("a", tmp).addSource("a", tmp));
        assertThrows(IllegalArgumentException.class, () -> DigestArchive.builder().threads(0));
        assertThrows(IllegalArgumentException.class, () -> DigestArchive.builder().lookAhead(0));
    }
}
