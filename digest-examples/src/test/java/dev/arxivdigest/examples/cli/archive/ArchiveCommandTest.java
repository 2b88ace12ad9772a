package dev.arxivdigest.examples.cli.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code digest archive stats} and {@code export}, run through picocli on archives written by the test. */
class ArchiveCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    record Run(int status, String out, String err) {
        List<JsonNode> lines() throws IOException {
            List<JsonNode> l = new ArrayList<>();
            for (String s : out.split("\n")) {
                if (!s.isEmpty()) {
                    l.add(JSON.readTree(s));
                }
            }
            return l;
        }

        String watermark() {
            for (String line : err.split("\n")) {
                if (line.startsWith("watermark: ")) {
                    return line.substring("watermark: ".length());
                }
            }
            throw new AssertionError("no watermark on stderr: " + err);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new CommandLine(new ArchiveCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    /** A day in upstream's layout: digest and records; each paper "ID CATEGORY". */
    private static void day(Path dir, String date, String... papers) throws IOException {
        Files.createDirectories(dir);
        StringBuilder md = new StringBuilder();
        StringBuilder rec = new StringBuilder();
        int n = 0;
        String current = null;
        for (String p : papers) {
            String id = p.split(" ")[0];
            String cat = p.split(" ")[1];
            if (!cat.equals(current)) {
                md.append("\n<div id='").append(cat).append("'></div>\n\n# ").append(cat).append(" [[Back]](#toc)\n\n");
                current = cat;
            }
            n++;
            md.append("### [").append(n).append("] [Paper ").append(id).append("](https://arxiv.org/abs/").append(id)
                    .append(")\n*A,B*\n\nMain category: ").append(cat).append("\n\nTL;DR: t ").append(id)
                    .append("\n\n\n<details>\n  <summary>Details</summary>\nMotivation: m\n\nMethod: me\n\nResult: r\n\n")
                    .append("Conclusion: c\n\nAbstract: a ").append(id).append("\n\n</details>\n\n");
            rec.append("{\"id\": \"").append(id).append("\", \"categories\": [\"").append(cat).append("\", \"cs.AI\"], \"pdf\": ")
                    .append("\"https://arxiv.org/pdf/").append(id).append("\", \"abs\": \"https://arxiv.org/abs/").append(id)
                    .append("\", \"authors\": [\"A\", \"B\"], \"title\": \"Paper ").append(id).append("\", \"comment\": \"9 pages\", ")
                    .append("\"summary\": \"a ").append(id).append("\", \"AI\": {\"tldr\": \"t ").append(id).append("\"}, \"stars\": 3}\n");
        }
        Files.writeString(dir.resolve(date + ".md"), md.toString(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(date + "_AI_enhanced_Chinese.jsonl"), rec.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void statsCountsDaysPapersAndUniquePapersPerSource() throws IOException {
        Path up = tmp.resolve("upstream");
        Path fork = tmp.resolve("fork");
        day(up, "2026-01-01", "2601.00001 cs.CV", "2601.00002 cs.CL");
        day(up, "2026-01-02", "2601.00002 cs.CL", "2601.00003 cs.CL");
        day(fork, "2026-01-02", "2601.00001 cs.AI", "2601.00004 cs.AI");
        Run r = run("stats", up.toString(), fork.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("source      days    papers    unique\n"
                + "upstream       2         4         3\n"
                + "fork           1         2         2\n"
                + "all            3         6         4\n", r.out());
    }

    @Test
    void theDigestToolRunsTheArchiveCommands() throws IOException {
        Path up = tmp.resolve("upstream");
        day(up, "2026-01-01", "2601.00001 cs.CV", "2601.00002 cs.CL");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = dev.arxivdigest.examples.cli.DigestCli.run(new String[] {"archive", "stats", up.toString()},
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertEquals("source      days    papers    unique\n"
                + "upstream       1         2         2\n"
                + "all            1         2         2\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exportWritesOneObjectPerPaperWithItsRecordAndSighting() throws IOException {
        Path up = tmp.resolve("up");
        day(up, "2026-01-01", "2601.00001 cs.CV", "2601.00002 cs.CL");
        day(up, "2026-01-02", "2601.00002 cs.CL");
        Run r = run("export", "--format", "jsonl", "--to", "2026-01-01", "main=" + up);
        assertEquals(0, r.status(), r.err());
        List<JsonNode> lines = r.lines();
        assertEquals(2, lines.size());
        JsonNode first = lines.get(0);
        assertEquals(List.of("id", "categories", "pdf", "abs", "authors", "title", "comment", "summary", "AI", "stars",
                "date", "source", "category", "position"), names(first));
        assertEquals("2601.00001", first.get("id").asText());
        assertEquals("[\"cs.CV\",\"cs.AI\"]", first.get("categories").toString());
        assertEquals("https://arxiv.org/pdf/2601.00001", first.get("pdf").asText());
        assertEquals("9 pages", first.get("comment").asText());
        assertEquals("Paper 2601.00001", first.get("title").asText());
        assertEquals("t 2601.00001", first.get("AI").get("tldr").asText());
        assertEquals("me", first.get("AI").get("method").asText());
        assertEquals(3, first.get("stars").asInt());
        assertEquals("2026-01-01", first.get("date").asText());
        assertEquals("main", first.get("source").asText());
        assertEquals("cs.CV", first.get("category").asText());
        assertEquals("cs.CL", lines.get(1).get("category").asText());
        assertEquals("wm1:main=2026-01-01", r.watermark());
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void uniqueGivesEachPaperOnceWithItsSightings() throws IOException {
        Path up = tmp.resolve("up");
        Path fork = tmp.resolve("fork");
        day(up, "2026-01-01", "2601.00001 cs.CV");
        day(up, "2026-01-02", "2601.00001 cs.CV", "2601.00002 cs.CL");
        day(fork, "2026-01-02", "2601.00002 cs.AI");
        Run r = run("export", "--format", "jsonl", "--unique", up.toString(), fork.toString());
        assertEquals(0, r.status(), r.err());
        List<JsonNode> lines = r.lines();
        assertEquals(2, lines.size());
        assertEquals("[{\"date\":\"2026-01-01\",\"source\":\"up\",\"category\":\"cs.CV\",\"position\":1},"
                + "{\"date\":\"2026-01-02\",\"source\":\"up\",\"category\":\"cs.CV\",\"position\":1}]", lines.get(0).get("sightings").toString());
        assertEquals(List.of("up", "fork"), List.of(lines.get(1).get("sightings").get(0).get("source").asText(),
                lines.get(1).get("sightings").get(1).get("source").asText()));
        assertEquals("wm1:fork=2026-01-02,up=2026-01-02", r.watermark());
    }

    @Test
    void sinceAWatermarkEachNewPaperOnceAcrossRuns() throws IOException {
        Path up = tmp.resolve("up");
        day(up, "2026-01-01", "2601.00001 cs.CV");
        Run first = run("export", "--format", "jsonl", "--since", "wm1:", up.toString());
        day(up, "2026-01-02", "2601.00001 cs.CV", "2601.00002 cs.CL");
        Run second = run("export", "--format", "jsonl", "--since", first.watermark(), up.toString());
        Run third = run("export", "--format", "jsonl", "--since", second.watermark(), up.toString());
        assertEquals(List.of("2601.00001"), ids(first));
        assertEquals(List.of("2601.00002"), ids(second));
        assertEquals(List.of(), ids(third));
        assertTrue(third.err().contains("digest: no paper to export since the watermark"), third.err());
        assertEquals(0, third.status());
    }

    private static List<String> ids(Run r) throws IOException {
        return r.lines().stream().map(n -> n.get("id").asText()).toList();
    }

    @Test
    void badUsageExitsTwoWithAReason() throws IOException {
        Path up = tmp.resolve("up");
        day(up, "2026-01-01", "2601.00001 cs.CV");
        Run bad = run("export", "--format", "jsonl", "--since", "upstream=2026-01-01", up.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("not a watermark"), bad.err());
        Run date = run("export", "--format", "jsonl", "--from", "2026-13-01", up.toString());
        assertEquals(2, date.status());
        assertTrue(date.err().contains("not a date (YYYY-MM-DD): 2026-13-01"), date.err());
        Run missing = run("stats", tmp.resolve("nope").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("nope: no such file or directory"), missing.err());
        Run twice = run("stats", up.toString(), up.toString());
        assertEquals(2, twice.status());
        assertTrue(twice.err().contains("a second source named \"up\""), twice.err());
        Run order = run("export", "--format", "jsonl", "--from", "2026-02-01", "--to", "2026-01-01", up.toString());
        assertEquals(2, order.status());
        Run noFormat = run("export", up.toString());
        assertEquals(2, noFormat.status());
        assertEquals("", noFormat.out());
    }

    @Test
    void problemsGoToStderrWithFileAndLine() throws IOException {
        Path up = tmp.resolve("up");
        day(up, "2026-01-01", "2601.00001 cs.CV");
        Files.writeString(up.resolve("2026-01-01_AI_enhanced_Chinese.jsonl"), "{oops\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Run r = run("export", "--format", "jsonl", up.toString());
        assertEquals(0, r.status());
        assertEquals(1, r.lines().size());
        assertTrue(r.err().contains("2026-01-01_AI_enhanced_Chinese.jsonl:2:2: error: record-not-json"), r.err());
    }
}
