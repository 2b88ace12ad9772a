package dev.arxivdigest.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestCliTest {

    @TempDir
    Path tmp;

    private Path sample;
    private byte[] sampleBytes;

    /** Result of one run: exit status, stdout and stderr. */
    private record Result(int status, String out, String err) {
        /** The lines of stdout, each of which must end with a line feed. */
        List<String> outLines() {
            assertTrue(out.isEmpty() || out.endsWith("\n"), "stdout does not end with a line feed");
            return out.isEmpty() ? List.of() : List.of(out.substring(0, out.length() - 1).split("\n", -1));
        }
    }

    @BeforeEach
    void copySample() throws IOException {
        try (InputStream in = DigestCli.class.getResourceAsStream(DigestCli.SAMPLE_RESOURCE)) {
            sampleBytes = in.readAllBytes();
        }
        sample = tmp.resolve("sample.md");
        Files.write(sample, sampleBytes);
    }

    /** Runs the tool as if stderr were not a terminal (as under Surefire). */
    private static Result run(String... args) {
        return run(false, args);
    }

    private static Result run(boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = DigestCli.run(args, o, e, terminal);
        }
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void statsOnBundledSample() {
        Result r = run("stats");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of(
                "sample.md (bundled)",
                "  cs.LG  54 papers",
                "  cs.AI  17 papers",
                "  cs.IR  5 papers",
                "  total: 76 papers, 0 problems"), r.outLines());
        assertEquals("", r.err());
    }

    @Test
    void statsOnDirectoryAndMissingFile() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("dir"));
        Files.write(dir.resolve("b.md"), sampleBytes);
        Files.write(dir.resolve("a.md"), sampleBytes);
        Files.writeString(dir.resolve("ignored.txt"), "not a digest");
        Result r = run("stats", dir.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.outLines();
        assertEquals(dir.resolve("a.md").toString(), lines.get(0));
        assertEquals(dir.resolve("b.md").toString(), lines.get(5));
        assertEquals(10, lines.size());

        Result missing = run("stats", tmp.resolve("nope.md").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("nope.md"), missing.err());
    }

    @Test
    void validateReportsBrokenHeaderWithLine() throws IOException {
        List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
        int index = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("### [2] [")) {
                index = i;
                break;
            }
        }
        assertTrue(index >= 0);
        lines.set(index, "### [2] [Broken title(https://arxiv.org/abs/2512.21395)");
        Path broken = tmp.resolve("broken.md");
        Files.write(broken, lines, StandardCharsets.UTF_8);

        Result r = run("validate", broken.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        String expectedPrefix = broken + ":" + (index + 1) + ":";
        assertTrue(r.outLines().stream().anyMatch(
                        l -> l.startsWith(expectedPrefix) && l.contains(": error: paper-broken-header: ")),
                r.out());
        for (String l : r.outLines()) {
            assertTrue(l.matches(java.util.regex.Pattern.quote(broken.toString())
                    + ":\\d+:\\d+: (info|warning|error): [a-z0-9-]+: .*"), l);
        }
    }

    @Test
    void validateCleanSampleExitsZero() {
        Result r = run("validate", sample.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertEquals("", r.out());
    }

    @Test
    void validateWithoutFileIsUsageError() {
        Result r = run("validate");
        assertEquals(2, r.status());
        assertTrue(!r.err().isEmpty());
    }

    @Test
    void validateMissingFileExitsTwo() {
        Result r = run("validate", tmp.resolve("missing.md").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("missing.md"), r.err());
    }

    @Test
    void exportJsonlToStdout() throws IOException {
        Result r = run("export", "--format", "jsonl", sample.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.outLines();
        assertEquals(76, lines.size());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode first = null;
        for (String line : lines) {
            JsonNode node = mapper.readTree(line);
            assertTrue(node.isObject(), line);
            if (first == null) {
                first = node;
            }
        }
        Paper paper = DigestParser.builder().build().parse(sample).papers().get(0);
        assertEquals("2512.21349", first.get("id").asText());
        assertEquals("1", first.get("idx").asText());
        assertEquals(List.of("cs.LG"), List.of(first.get("categories").get(0).asText()));
        assertEquals(1, first.get("categories").size());
        assertEquals(paper.tldr().orElseThrow(), first.get("AI").get("tldr").asText());
        assertEquals(paper.title(), first.get("title").asText());
        assertEquals(paper.line(), first.get("line").asInt());
        assertEquals(List.of("id", "title", "authors", "categories", "abs", "summary", "AI", "idx",
                "sections", "lists", "tags", "links", "extras", "line"), fieldNames(first));
    }

    @Test
    void exportJsonlToOutputDir() throws IOException {
        Path out = tmp.resolve("out/nested");
        Result r = run("export", "--format", "jsonl", "--output-dir", out.toString(), sample.toString());
        assertEquals(0, r.status(), r.err());
        Path jsonl = out.resolve("sample.jsonl");
        assertTrue(Files.isRegularFile(jsonl));
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        assertEquals(76, lines.size());
        assertEquals("2512.21349", new ObjectMapper().readTree(lines.get(0)).get("id").asText());
    }

    @Test
    void exportMarkdownReproducesSample() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
            status = DigestCli.run(new String[] {"export", "--format", "markdown", sample.toString()}, o, e);
        }
        assertEquals(0, status);
        assertArrayEquals(sampleBytes, out.toByteArray());
    }

    @Test
    void exportDamagedFileStillExportsEveryPaper() throws IOException {
        String text = new String(sampleBytes, StandardCharsets.UTF_8);
        Path damaged = tmp.resolve("damaged.md");
        // Cut the file in the middle of the last paper.
        Files.writeString(damaged, text.substring(0, text.lastIndexOf("</details>")), StandardCharsets.UTF_8);
        Digest digest = DigestParser.builder().build().parse(damaged);
        Result r = run("export", "--format", "jsonl", damaged.toString());
        assertEquals(0, r.status());
        assertEquals(digest.papers().size(), r.outLines().size());
        assertTrue(r.err().startsWith(damaged + ":"), r.err());
    }

    @Test
    void usageAndUnknownCommand() {
        Result help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().startsWith("Usage: digest"));

        Result none = run();
        assertEquals(2, none.status());
        assertEquals("", none.out());
        assertTrue(none.err().startsWith("Missing command"), none.err());

        Result unknown = run("frobnicate");
        assertEquals(2, unknown.status());
        assertEquals("", unknown.out());
        assertTrue(unknown.err().contains("frobnicate"));

        assertEquals(2, run("export", sample.toString()).status());
        assertEquals(2, run("export", "--format", "xml", sample.toString()).status());
    }

    // ------------------------------------------------------------------ many files, progress

    /** A directory of 5 digests: two clean, one cut short, one not a digest, one clean again. */
    private Path fiveFiles() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("five"));
        String text = new String(sampleBytes, StandardCharsets.UTF_8);
        Files.write(dir.resolve("2025-01-05.md"), sampleBytes);
        Files.write(dir.resolve("2025-01-01.md"), sampleBytes);
        Files.writeString(dir.resolve("2025-01-03.md"), text.substring(0, text.lastIndexOf("</details>")),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2025-01-02.md"), "Shopping list\n\n- eggs\n- milk\n", StandardCharsets.UTF_8);
        Files.write(dir.resolve("2025-01-04.md"), sampleBytes);
        Files.writeString(dir.resolve("README.txt"), "not a digest");
        return dir;
    }

    @Test
    void statsOverDirectoryPrintsBlocksInSortedOrderDespiteBadFiles() throws IOException {
        Path dir = fiveFiles();
        DigestParser parser = DigestParser.builder().build();
        List<String> expected = new java.util.ArrayList<>();
        for (String name : List.of("2025-01-01.md", "2025-01-02.md", "2025-01-03.md", "2025-01-04.md", "2025-01-05.md")) {
            Path file = dir.resolve(name);
            Digest d = parser.parse(file);
            expected.add(file.toString());
            for (dev.arxivdigest.model.Category c : d.categories()) {
                expected.add("  " + (c.isUnnamed() ? "(no category)" : c.name()) + "  " + c.papers().size() + " papers");
            }
            expected.add("  total: " + d.papers().size() + " papers, " + d.problems().size() + " problems");
        }
        Result r = run("stats", dir.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(expected, r.outLines());
        // The damaged and the non-digest files have problems, printed in input order on stderr.
        List<String> problemFiles = r.err().lines().filter(l -> !l.startsWith("parsed "))
                .map(l -> l.substring(0, l.indexOf(".md:") + 3)).distinct().toList();
        assertEquals(List.of(dir.resolve("2025-01-02.md").toString(), dir.resolve("2025-01-03.md").toString()),
                problemFiles);

        // An unreadable file among them is reported in its place; the others are still printed; exit 2.
        Path missing = tmp.resolve("missing.md");
        Result withMissing = run("stats", dir.resolve("2025-01-05.md").toString(), missing.toString(), dir.toString());
        assertEquals(2, withMissing.status());
        List<String> lines = withMissing.outLines();
        assertEquals(dir.resolve("2025-01-05.md").toString(), lines.get(0));
        assertEquals(expected, lines.subList(lines.size() - expected.size(), lines.size()));
        assertEquals(6, lines.stream().filter(l -> !l.startsWith(" ")).count());
        assertTrue(withMissing.err().contains("digest: cannot read " + missing + ": "), withMissing.err());
        assertTrue(withMissing.err().contains("parsed 7/7 files"), withMissing.err());
    }

    @Test
    void validateOverDirectoryPrintsProblemsInInputOrder() throws IOException {
        Path dir = fiveFiles();
        DigestParser parser = DigestParser.builder().build();
        List<String> expected = new java.util.ArrayList<>();
        boolean errors = false;
        for (String name : List.of("2025-01-01.md", "2025-01-02.md", "2025-01-03.md", "2025-01-04.md", "2025-01-05.md")) {
            Path file = dir.resolve(name);
            Digest d = parser.parse(file);
            d.problems().forEach(p -> expected.add(file + ":" + p));
            errors |= d.problems().stream().anyMatch(p -> p.severity() == dev.arxivdigest.model.Severity.ERROR);
        }
        Result r = run("validate", dir.toString());
        assertEquals(errors ? 1 : 0, r.status(), r.err());
        assertEquals(expected, r.outLines());
        assertEquals(List.of("parsed 1/5 files", "parsed 2/5 files", "parsed 3/5 files", "parsed 4/5 files",
                "parsed 5/5 files"), r.err().lines().toList());
    }

    @Test
    void plainProgressLinesAtMostEveryTenth() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("many"));
        for (int i = 0; i < 25; i++) {
            Files.write(dir.resolve(String.format("d%02d.md", i)), sampleBytes);
        }
        Result r = run(false, "stats", dir.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(25 * 5, r.outLines().size());
        assertTrue(r.err().indexOf('\r') < 0, r.err());
        List<String> progress = r.err().lines().toList();
        assertEquals(List.of("parsed 3/25 files", "parsed 5/25 files", "parsed 8/25 files", "parsed 10/25 files",
                "parsed 13/25 files", "parsed 15/25 files", "parsed 18/25 files", "parsed 20/25 files",
                "parsed 23/25 files", "parsed 25/25 files"), progress);

        Result five = run(false, "stats", fiveFiles().toString());
        List<String> fiveProgress = five.err().lines().filter(l -> l.startsWith("parsed ")).toList();
        assertEquals(List.of("parsed 1/5 files", "parsed 2/5 files", "parsed 3/5 files", "parsed 4/5 files",
                "parsed 5/5 files"), fiveProgress);
    }

    @Test
    void terminalProgressIsOneRedrawnLineClearedAtTheEnd() throws IOException {
        Path dir = fiveFiles();
        Result plain = run(false, "stats", dir.toString());
        Result r = run(true, "stats", dir.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(plain.out(), r.out(), "stdout must not depend on the progress display");
        String err = r.err();
        assertTrue(err.startsWith("\r["), err);
        assertTrue(err.contains("\r[####################] 5/5 files  "), err);
        assertTrue(err.matches("(?s).*\\] 5/5 files  [0-9.]+ [kMG]?B.*"), err);
        assertTrue(!err.contains("parsed "), err);
        // The bar is erased before the results are printed: blanks between two carriage returns.
        String progressPart = err.substring(0, err.indexOf(dir.resolve("2025-01-02.md") + ":"));
        assertTrue(progressPart.matches("(?s)\r\\[.*\r +\r"), progressPart);
        assertTrue(progressPart.indexOf('\n') < 0, progressPart);
    }

    @Test
    void singleFileShowsNoProgress() throws IOException {
        for (boolean terminal : new boolean[] {false, true}) {
            Result stats = run(terminal, "stats", sample.toString());
            assertEquals(0, stats.status());
            assertEquals("", stats.err());
            Result export = run(terminal, "export", "--format", "jsonl", sample.toString());
            assertEquals(0, export.status());
            assertEquals("", export.err());
            Path one = Files.createDirectories(tmp.resolve("one-" + terminal));
            Files.write(one.resolve("only.md"), sampleBytes);
            Result dir = run(terminal, "stats", one.toString());
            assertEquals(0, dir.status());
            assertEquals("", dir.err());
        }
    }

    @Test
    void exportDirectoryToOutputDirInParallel() throws IOException {
        Path dir = fiveFiles();
        Path outDir = tmp.resolve("jsonl");
        Result r = run("export", "--format", "jsonl", "--output-dir", outDir.toString(), dir.toString(),
                tmp.resolve("missing.md").toString());
        assertEquals(2, r.status(), r.err());
        DigestParser parser = DigestParser.builder().build();
        for (String base : List.of("2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04", "2025-01-05")) {
            Path jsonl = outDir.resolve(base + ".jsonl");
            assertTrue(Files.isRegularFile(jsonl), base);
            assertEquals(parser.parse(dir.resolve(base + ".md")).papers().size(),
                    Files.readAllLines(jsonl, StandardCharsets.UTF_8).size(), base);
        }
        assertTrue(r.err().contains("parsed 6/6 files"), r.err());
        assertTrue(r.err().contains("digest: cannot read " + tmp.resolve("missing.md")), r.err());
        assertEquals("", r.out());

        Result noOutputDir = run("export", "--format", "jsonl", dir.toString());
        assertEquals(2, noOutputDir.status());
        assertTrue(noOutputDir.err().contains("--output-dir"), noOutputDir.err());
    }

    // ------------------------------------------------------------------ lists and extras

    private static final String FORK_DIGEST = String.join("\n",
            "### [1] [A title](https://arxiv.org/abs/2505.08894)",
            "*Ann One, Bob Two*",
            "",
            "**Main category:** cs.HC",
            "",
            "**Keywords:** chatbot, digital divide, health informatics",
            "",
            "**Relevance Score:** 8",
            "",
            "**TL;DR:** A short summary of the paper for the test.",
            "",
            "<details>",
            "  <summary>Details</summary>",
            "",
            "**Motivation:** Why.",
            "",
            "**Key Contributions:**",
            "",
            "\t1. First contribution",
            "\t2. Second contribution",
            "",
            "**Abstract:** The abstract.",
            "",
            "</details>",
            "");

    @Test
    void exportJsonlHasListsAndExtras() throws IOException {
        Path file = tmp.resolve("2025-05-14.md");
        Files.writeString(file, FORK_DIGEST, StandardCharsets.UTF_8);
        // What the library makes of it, first.
        Paper paper = DigestParser.builder().build().parse(file).papers().get(0);
        assertEquals(List.of("Ann One", "Bob Two"), paper.authors());
        assertEquals(List.of("First contribution", "Second contribution"),
                paper.section("Key Contributions").orElseThrow().items());
        assertEquals(List.of("chatbot", "digital divide", "health informatics"),
                paper.get(dev.arxivdigest.core.Extras.KEYWORDS).orElseThrow());
        assertEquals(8.0, paper.get(dev.arxivdigest.core.Extras.RELEVANCE).orElseThrow());

        Result r = run("export", "--format", "jsonl", file.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(1, r.outLines().size());
        JsonNode o = new ObjectMapper().readTree(r.outLines().get(0));
        assertEquals(List.of("id", "title", "authors", "categories", "abs", "summary", "AI", "idx",
                "sections", "lists", "tags", "links", "extras", "line"), fieldNames(o));
        assertEquals(List.of("Ann One", "Bob Two"), texts(o.get("authors")));
        assertEquals("2505.08894", o.get("id").asText());
        assertEquals("cs.HC", o.get("categories").get(0).asText());
        assertEquals(List.of("First contribution", "Second contribution"), texts(o.get("lists").get("Key Contributions")));
        // a list written on one line is a list too (issue 10)
        assertEquals(List.of("chatbot", "digital divide", "health informatics"), texts(o.get("lists").get("Keywords")));
        assertEquals(2, o.get("lists").size(), o.toString());
        JsonNode extras = o.get("extras");
        assertEquals(List.of("chatbot", "digital divide", "health informatics"),
                texts(extras.get("arxivdigest.keywords")));
        assertTrue(extras.get("arxivdigest.relevance").isNumber(), extras.toString());
        assertEquals(8.0, extras.get("arxivdigest.relevance").doubleValue());
        // The built-in key contributions extractor stores the items on the details block.
        assertEquals(List.of("First contribution", "Second contribution"),
                texts(extras.get("arxivdigest.key-contributions")));
        assertEquals("\t1. First contribution\n\t2. Second contribution",
                o.get("sections").get("Key Contributions").asText().stripTrailing()
                        .replace("\r", ""), o.toString());
    }

    @Test
    void extrasValuesBecomeJson() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        var rec = new dev.arxivdigest.core.Extras.Recommendation(java.util.OptionalInt.of(4),
                java.util.OptionalDouble.of(66), java.util.OptionalDouble.empty(), "solid");
        assertEquals(mapper.readTree("{\"stars\":4,\"score\":66.0,\"maxScore\":null,\"reason\":\"solid\"}"),
                tree(JsonlExporter.value(rec, 0)));
        record Local(String a, java.util.Optional<Integer> b, List<Long> c) { }
        assertEquals("{\"a\":\"x\",\"b\":null,\"c\":[1,2]}",
                dev.arxivdigest.json.JsonWriter.toString(JsonlExporter.value(new Local("x", java.util.Optional.empty(), List.of(1L, 2L)), 0)));
        assertEquals(mapper.readTree("10"), tree(JsonlExporter.value(10, 0)));
        assertEquals(mapper.readTree("\"NaN\""), tree(JsonlExporter.value(Double.NaN, 0)));
        assertEquals(mapper.readTree("{\"k\":[true]}"), tree(JsonlExporter.value(java.util.Map.of("k", new boolean[] {true}), 0)));
        assertEquals(mapper.readTree("\"2025-01-01\""), tree(JsonlExporter.value(java.time.LocalDate.of(2025, 1, 1), 0)));
    }

    private static JsonNode tree(dev.arxivdigest.json.JsonValue v) throws IOException {
        return new ObjectMapper().readTree(dev.arxivdigest.json.JsonWriter.toString(v));
    }

    private static List<String> texts(JsonNode array) {
        assertTrue(array != null && array.isArray(), String.valueOf(array));
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
