package dev.arxivdigest.spark;

import dev.arxivdigest.testsupport.UpstreamDays;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.arxivdigest.testsupport.UpstreamDays.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated days of two sources, with repeats across days and sources, damage, a records-only day,
 * a second file for one day and files that are not part of any day: Spark's papers, unique papers,
 * counts per day and problems equal the single-machine archive's on the same files, and a few of
 * them are checked against values written down here.
 */
class GeneratedDaysSparkTest {

    @TempDir
    static Path dir;

    private static SparkRead read;
    private static List<PaperRow> papers;
    private static List<UniquePaperRow> unique;
    private static List<ProblemRow> problems;

    /** Shared: S1 is in alpha on 01-01 and 01-02 and in beta on 01-01. */
    private static final String S1 = "2601.00001";

    @BeforeAll
    static void writeAndRead() throws IOException {
        Path alpha = dir.resolve("alpha");
        Path beta = dir.resolve("beta");
        Days.writeDay(alpha, "2026-01-01", List.of(p(S1, "cs.CL"), p("2601.00002", "cs.CV"), p("2601.00003", "cs.CL")));
        // 01-02: S1 again under another category; 2601.00004 has no record; one line of records is not JSON
        UpstreamDays.writeMarkdown(alpha, "2026-01-02", List.of(p(S1, "cs.LG"), p("2601.00004", "cs.LG")));
        Days.writeRecords(alpha, "2026-01-02_AI_enhanced_Chinese.jsonl", List.of(p(S1, "cs.LG")), "{\"id\": \"2601.0\n");
        Path nested = beta.resolve("data").resolve("2026");
        Days.writeDay(nested, "2026-01-01", List.of(p("2601.00005", "cs.AI"), p(S1, "cs.CL")));
        UpstreamDays.writeMarkdown(beta.resolve("extra"), "2026-01-01", List.of(p("2601.09999", "cs.AI"))); // a second digest for the day
        Days.writeRecords(nested, "2026-01-03.source.jsonl", List.of(p("2601.00005", "cs.AI"), p("2601.00006", "cs.RO")), "");
        // a damaged digest: invalid UTF-8 in a title, and a paper whose header has no link
        byte[] good = UpstreamDays.markdown(List.of(p("2601.00007", "cs.AI"))).getBytes(StandardCharsets.UTF_8);
        String tail = "### [2] A paper without link\n*Ada Lovelace*\n\nTL;DR: no link\n";
        byte[] damaged = new byte[good.length + 3 + tail.length()];
        System.arraycopy(good, 0, damaged, 0, good.length);
        damaged[good.length] = (byte) 0xC3;
        damaged[good.length + 1] = (byte) 0x28;
        damaged[good.length + 2] = '\n';
        System.arraycopy(tail.getBytes(StandardCharsets.UTF_8), 0, damaged, good.length + 3, tail.length());
        Files.write(nested.resolve("2026-01-04.md"), damaged);
        // not part of any day: hidden directory, a file without date, a file of another kind
        Days.writeDay(beta.resolve(".git"), "2026-01-05", List.of(p("2601.08888", "cs.AI")));
        Files.writeString(beta.resolve("README.md"), "# beta\n");
        Files.writeString(nested.resolve("2026-01-01.truth.jsonl"), "{}\n");
        // volume: 20 more days in each source, every other paper also in the other source a day later
        for (int d = 10; d < 30; d++) {
            List<UpstreamDays.P> a = new ArrayList<>();
            List<UpstreamDays.P> b = new ArrayList<>();
            for (int k = 0; k < 25; k++) {
                a.add(p(String.format("2601.%03d%02d", d, k), k % 3 == 0 ? "cs.CL" : "cs.LG"));
                if (k % 2 == 0) {
                    b.add(p(String.format("2601.%03d%02d", d - 1, k), "cs.CV"));
                }
            }
            Days.writeDay(alpha, "2026-01-" + d, a);
            Days.writeDay(nested, "2026-01-" + d, b);
        }
        Map<String, Path> roots = new LinkedHashMap<>();
        roots.put("alpha", alpha);
        roots.put("beta", beta);
        read = SparkRead.of(roots);
        papers = read.papers();
        unique = read.unique();
        problems = read.problems();
    }

    @Test
    void sameAsTheSingleMachineArchive() {
        read.assertSameAsTheSingleMachineArchive();
    }

    @Test
    void aPaperSeenInTwoSourcesAndTwoDaysIsOneWithItsSightingsInOrder() {
        UniquePaperRow s1 = unique.stream().filter(u -> S1.equals(u.getId())).findFirst().orElseThrow();
        assertEquals(List.of("2026-01-01 alpha cs.CL", "2026-01-01 beta cs.CL", "2026-01-02 alpha cs.LG"),
                s1.getSightings().stream().map(s -> s.getDate() + " " + s.getSource() + " " + s.getCategory()).toList());
        assertEquals("alpha", s1.getPaper().getSource());
        assertEquals("ARXIV", s1.getIdKind());
        assertEquals(List.of("cs.CL", "cs.AI", "cs.LG"), s1.getCategories());
        assertEquals("https://arxiv.org/pdf/" + S1, s1.getPaper().getPdf());
        assertEquals("8 pages", s1.getPaper().getComment());
        assertEquals("{\"score\":7}", s1.getPaper().getRecordExtras().replace(" ", ""));
        assertEquals("tldr of " + S1, s1.getPaper().getTldr());
        assertEquals("abstract of " + S1, s1.getPaper().getSections().get("Abstract"));
        assertEquals(List.of("Ada Lovelace", "Alan Turing"), s1.getPaper().getAuthors());
    }

    @Test
    void countsPerDayAndSource() {
        Map<String, Long> perDay = Expected.perDay(papers);
        assertEquals(3L, perDay.get("alpha 2026-01-01"));
        assertEquals(2L, perDay.get("alpha 2026-01-02"));
        assertEquals(2L, perDay.get("beta 2026-01-01")); // data/2026/2026-01-01.md; extra/2026-01-01.md is a duplicate
        assertEquals(2L, perDay.get("beta 2026-01-03")); // records only
        assertEquals(2L, perDay.get("beta 2026-01-04"));
        assertEquals(25L, perDay.get("alpha 2026-01-29"));
        assertEquals(13L, perDay.get("beta 2026-01-29"));
        assertFalse(perDay.containsKey("beta 2026-01-05"), "hidden directories are not read");
        assertEquals(2 + 3 + 20 * 2, perDay.size());
        // 7 papers of the hand-written days (S1 and 2601.00002..00007), the one without link, 20 x 25 generated
        // in alpha, and the 13 of beta's first generated day that are of the day before alpha's first
        assertEquals(7 + 1 + 20 * 25 + 13, unique.size());
    }

    @Test
    void damageIsReportedAsProblemRows() {
        List<String> codes = problems.stream().map(p -> p.getCode() + " " + Path.of(p.getFile()).getFileName()).toList();
        assertTrue(codes.contains("record-not-json 2026-01-02_AI_enhanced_Chinese.jsonl"), codes::toString);
        assertTrue(codes.contains("record-missing 2026-01-02.md"), codes::toString);
        assertTrue(codes.contains("archive-duplicate-day 2026-01-01.md"), codes::toString);
        assertTrue(codes.contains("invalid-utf8 2026-01-04.md"), codes::toString);
        ProblemRow duplicate = problems.stream().filter(p -> p.getCode().equals("archive-duplicate-day")).findFirst().orElseThrow();
        assertEquals(dir.resolve("beta/extra/2026-01-01.md").toString(), duplicate.getFile());
        assertEquals("WARNING", duplicate.getSeverity());
        ProblemRow notJson = problems.stream().filter(p -> p.getCode().equals("record-not-json")).findFirst().orElseThrow();
        assertEquals(2, notJson.getLine());
        assertEquals("alpha", notJson.getSource());
        PaperRow noLink = papers.stream().filter(p -> p.getId() == null).findFirst().orElseThrow();
        assertEquals("A paper without link", noLink.getTitle());
    }

    @Test
    void parquetReadsBackTheSameRows() {
        SparkSession spark = LocalSpark.session();
        String out = dir.resolve("parquet").toString();
        ArchiveParquet.write(read.datasets(), out, SaveMode.ErrorIfExists);
        assertTrue(Files.isDirectory(dir.resolve("parquet/papers/source=beta/date=2026-01-03")));
        assertTrue(Files.isDirectory(dir.resolve("parquet/problems/source=alpha/date=2026-01-02")));
        ArchiveDatasets back = ArchiveParquet.read(spark, out);
        assertEquals(new HashSet<>(papers), new HashSet<>(back.papers().collectAsList()));
        assertEquals(papers.size(), back.papers().count());
        assertEquals(new HashSet<>(problems), new HashSet<>(back.problems().collectAsList()));
        assertEquals(new HashSet<>(unique), new HashSet<>(ArchiveParquet.readUnique(spark, out).collectAsList()));
        assertEquals(Expected.unique(unique), Expected.unique(back.unique().collectAsList()));
    }

    @Test
    void theJobWritesParquetAndNeverOverwritesSilently() throws IOException {
        SparkSession spark = LocalSpark.session();
        Path small = dir.resolve("small");
        Days.writeDay(small.resolve("one"), "2026-02-01", List.of(p(S1, "cs.CL"), p("2602.00001", "cs.CV")));
        Days.writeDay(small.resolve("two"), "2026-02-02", List.of(p(S1, "cs.CL")));
        String out = dir.resolve("job").toString();
        String[] args = {"--input", "one=" + small.resolve("one"), "--input", "two=" + small.resolve("two"), "--output", out};
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        assertEquals(0, SparkArchiveJob.run(spark, new PrintWriter(stdout, true), new PrintWriter(stderr, true), args));
        assertTrue(stdout.toString().startsWith("3 paper sightings, 2 unique papers, 2 days of 2 sources"), stdout::toString);
        assertTrue(Files.isDirectory(dir.resolve("job/unique")));

        StringWriter again = new StringWriter();
        assertEquals(1, SparkArchiveJob.run(spark, new PrintWriter(new StringWriter()), new PrintWriter(again, true), args));
        assertTrue(again.toString().contains("exists; pass --overwrite"), again::toString);

        StringWriter usage = new StringWriter();
        assertEquals(2, SparkArchiveJob.run(spark, new PrintWriter(new StringWriter()), new PrintWriter(usage, true), "--output", out));
        assertTrue(usage.toString().contains("--input"), usage::toString);
    }
}
