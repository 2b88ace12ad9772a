package dev.arxivdigest.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arxivdigest.examples.cli.ReportedFailuresTest.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract beyond the reported failures: options, outputs, filters, statuses. */
class CommandBehaviourTest {

    @TempDir
    Path tmp;

    private Path sample;

    /** A two-category digest with known fields, for the filters. */
    static final String TWO_CATEGORIES = String.join("\n",
            "## cs.CL",
            "",
            "### [1] [Speech models for Welsh](https://arxiv.org/abs/2501.00001)",
            "*Ann Jones, Bob Smith*",
            "",
            "**TL;DR:** A speech recogniser for low-resource languages.",
            "",
            "### [2] [Parsing legal text](https://arxiv.org/abs/2501.00002)",
            "*Carla Diaz*",
            "",
            "**TL;DR:** A parser for contracts, with a benchmark.",
            "",
            "## cs.CV",
            "",
            "### [3] [Segmenting cells](https://arxiv.org/abs/2501.00003)",
            "*Dan Jones*",
            "",
            "**TL;DR:** Microscopy segmentation with a benchmark.",
            "",
            "### [4] [Depth from one image](https://arxiv.org/abs/2501.00004)",
            "*Eve Stone*",
            "",
            "**TL;DR:** Monocular depth estimation.",
            "");

    @BeforeEach
    void copySample() throws IOException {
        try (InputStream in = DigestCli.class.getResourceAsStream(DigestCli.SAMPLE_RESOURCE)) {
            sample = tmp.resolve("sample.md");
            Files.write(sample, in.readAllBytes());
        }
    }

    private static Result run(String... args) {
        return ReportedFailuresTest.run(args);
    }

    @Test
    void usageErrorsGoToStderrWithExitTwo() {
        for (String[] args : List.of(new String[] {"frobnicate"}, new String[] {"stats", "--frob"},
                new String[] {"export", sample.toString()}, new String[] {"export", "--format", "xml", sample.toString()},
                new String[] {"validate"}, new String[] {"validate", "--format", "yaml", sample.toString()})) {
            Result r = run(args);
            assertEquals(2, r.status(), String.join(" ", args));
            assertEquals("", r.out(), String.join(" ", args));
            assertTrue(r.err().contains("Usage: digest"), r.err());
            assertTrue(r.err().contains("--help' for more information."), r.err());
        }
        Result several = run("export", "--format", "jsonl", sample.toString(), sample.toString());
        assertEquals(2, several.status());
        assertTrue(several.err().contains("export of several files needs --output-dir"), several.err());
    }

    @Test
    void completionScriptIsGenerated() {
        Result r = run("generate-completion");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("complete -F _complete_digest"), r.out().substring(0, 200));
        assertTrue(r.out().contains("(\"jsonl\" \"markdown\""), "format names are completed");
        assertTrue(r.out().contains("(\"text\" \"json\")"), "validate's styles are completed");
    }

    @Test
    void validateAsJsonLines() throws IOException {
        Path broken = tmp.resolve("broken.md");
        Files.writeString(broken, "### [1] [Broken title(https://arxiv.org/abs/2512.21395)\n*A, B*\n",
                StandardCharsets.UTF_8);
        Result text = run("validate", broken.toString());
        Result json = run("validate", "--format", "json", broken.toString());
        assertEquals(1, json.status(), json.err());
        List<String> textLines = text.out().lines().toList();
        List<String> jsonLines = json.out().lines().toList();
        assertEquals(textLines.size(), jsonLines.size());
        ObjectMapper mapper = new ObjectMapper();
        boolean sawHeader = false;
        for (int i = 0; i < jsonLines.size(); i++) {
            JsonNode o = mapper.readTree(jsonLines.get(i));
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            assertEquals(List.of("file", "line", "column", "severity", "code", "message"), names);
            assertEquals(broken.toString(), o.get("file").asText());
            String asText = o.get("file").asText() + ":" + o.get("line").asInt() + ":" + o.get("column").asInt()
                    + ": " + o.get("severity").asText() + ": " + o.get("code").asText() + ": " + o.get("message").asText();
            assertEquals(textLines.get(i), asText);
            sawHeader |= o.get("code").asText().equals("paper-broken-header") && o.get("line").asInt() == 1
                    && o.get("severity").asText().equals("error");
        }
        assertTrue(sawHeader, json.out());
    }

    @Test
    void existingOutputIsKeptUnlessForced() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path target = out.resolve("sample.jsonl");
        Files.writeString(target, "precious\n");
        Result refused = run("export", "--format", "jsonl", "-o", out.toString(), sample.toString());
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains(target + " exists; nothing written (--force replaces it)"), refused.err());
        assertEquals("precious\n", Files.readString(target));

        Result forced = run("export", "--format", "jsonl", "-o", out.toString(), "--force", sample.toString());
        assertEquals(0, forced.status(), forced.err());
        assertEquals(76, Files.readAllLines(target).size());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(target), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void anOutputThatIsAnInputIsRefused() {
        Result r = run("export", "--format", "markdown", "--force", "-o", tmp.toString(), sample.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains(sample + " is an input"), r.err());
    }

    @Test
    void aFileThatCannotBeWrittenExitsThreeAndTheOthersAreWritten() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.copy(sample, dir.resolve("a.md"));
        Files.copy(sample, dir.resolve("b.md"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        // A non-empty directory where a.jsonl should go: the rename onto it fails.
        Files.writeString(Files.createDirectories(out.resolve("a.jsonl")).resolve("x"), "x");
        Result r = run("export", "--format", "jsonl", "-o", out.toString(), "--force", dir.toString());
        assertEquals(3, r.status(), r.err());
        assertTrue(r.err().contains("digest: cannot write " + out.resolve("a.jsonl")), r.err());
        assertEquals(76, Files.readAllLines(out.resolve("b.jsonl")).size());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(2, files.count(), "no temporary file is left");
        }

        Path notADir = Files.writeString(tmp.resolve("file"), "x");
        Result cannotCreate = run("export", "--format", "jsonl", "-o", notADir.resolve("sub").toString(), sample.toString());
        assertEquals(3, cannotCreate.status());
        assertTrue(cannotCreate.err().contains("digest: cannot create " + notADir.resolve("sub")), cannotCreate.err());
    }

    @Test
    void aFailedWriteLeavesNoPartialFile() throws IOException {
        Path target = tmp.resolve("half.txt");
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(target, false, w -> {
            w.write("the first half");
            w.flush();
            throw new IOException("disk gone");
        }));
        assertEquals("disk gone", failure.getMessage());
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(sample), files.toList());
        }
        Files.writeString(target, "old");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFile.write(target, false, w -> w.write("new")));
        assertEquals("old", Files.readString(target));
        AtomicFile.write(target, true, w -> w.write("new"));
        assertEquals("new", Files.readString(target));
    }

    @Test
    void filtersCombineLikeUpstreamsQuery() throws IOException {
        Path digest = tmp.resolve("2025-01-01.md");
        Files.writeString(digest, TWO_CATEGORIES, StandardCharsets.UTF_8);
        assertEquals(List.of("2501.00001", "2501.00002", "2501.00003", "2501.00004"), ids(digest));
        assertEquals(List.of("2501.00001", "2501.00002"), ids(digest, "--category", "cs.cl"));
        assertEquals(List.of("2501.00002", "2501.00003"), ids(digest, "--keyword", "BENCHMARK"));
        assertEquals(List.of("2501.00001", "2501.00003"), ids(digest, "--author", "jones"));
        // category AND (keyword OR author)
        assertEquals(List.of("2501.00002", "2501.00003"), ids(digest, "--keyword", "benchmark", "--author", "jones",
                "--exclude-keyword", "welsh"));
        assertEquals(List.of("2501.00003"), ids(digest, "--category", "cs.CV", "--keyword", "benchmark",
                "--author", "jones"));
        assertEquals(List.of("2501.00001", "2501.00003", "2501.00004"), ids(digest, "--category", "cs.CL,cs.CV",
                "--exclude-keyword", "contracts"));
        // The keyword is looked for in every field: here the title.
        assertEquals(List.of("2501.00004"), ids(digest, "--keyword", "one image"));

        Result none = run("export", "--format", "jsonl", "--keyword", "quantum", digest.toString());
        assertEquals(0, none.status());
        assertEquals("", none.out());
        assertTrue(none.err().contains(digest + ": none of its 4 papers matches the filters"), none.err());
    }

    private static List<String> ids(Path digest, String... filters) throws IOException {
        List<String> args = new ArrayList<>(List.of("export", "--format", "jsonl"));
        args.addAll(List.of(filters));
        args.add(digest.toString());
        Result r = run(args.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());
        List<String> ids = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : r.out().lines().toList()) {
            ids.add(mapper.readTree(line).get("id").asText());
        }
        return ids;
    }

    @Test
    void terminalTextEscapesOnlyControls() {
        assertEquals("plain 中文 é \\x1B[31m \\x0D \\x7F \\x9B \\u202E \\u2066 \\u2028 \\x09",
                TerminalText.escape("plain 中文 é \u001b[31m \r \u007f \u009b \u202e \u2066 \u2028 \t"));
        String same = "nothing to escape: $\\alpha$";
        assertTrue(same == TerminalText.escape(same));
        assertFalse(TerminalText.isUnsafe(' '));
    }
}
