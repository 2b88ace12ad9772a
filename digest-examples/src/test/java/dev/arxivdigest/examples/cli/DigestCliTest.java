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

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = DigestCli.run(args, o, e);
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
                "sections", "line"), fieldNames(first));
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
        assertTrue(none.out().startsWith("Usage: digest"));

        Result unknown = run("frobnicate");
        assertEquals(2, unknown.status());
        assertEquals("", unknown.out());
        assertTrue(unknown.err().contains("frobnicate"));

        assertEquals(2, run("export", sample.toString()).status());
        assertEquals(2, run("export", "--format", "xml", sample.toString()).status());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
