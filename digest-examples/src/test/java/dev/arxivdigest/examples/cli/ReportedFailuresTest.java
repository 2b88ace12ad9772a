package dev.arxivdigest.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.arxivdigest.core.DigestParser;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases listed under "Why" in issue 12, each shown failing on the tool as it was (commit
 * 7092c79) and passing now. Only the public entry points are used ({@code run} and {@code main},
 * the latter in a child JVM), so that this class compiles against that commit too.
 */
class ReportedFailuresTest {

    @TempDir
    Path tmp;

    private byte[] sampleBytes;

    record Result(int status, String out, String err) {
    }

    @BeforeEach
    void readSample() throws IOException {
        try (InputStream in = DigestCli.class.getResourceAsStream(DigestCli.SAMPLE_RESOURCE)) {
            sampleBytes = in.readAllBytes();
        }
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = DigestCli.run(args, o, e);
        }
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs with a standard output whose every write fails, as on a full disk. */
    static Result runWithFailingStdout(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        int status;
        try (PrintStream o = new PrintStream(full, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = DigestCli.run(args, o, e);
        }
        return new Result(status, "", err.toString(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ two inputs, one output name

    @Test
    void twoInputsWithOneOutputNameAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a")).resolve("day.md");
        Path b = Files.createDirectories(tmp.resolve("b")).resolve("day.md");
        Files.write(a, sampleBytes);
        // b holds only the first paper of the sample: a's 76 papers must not be replaced by it.
        String text = new String(sampleBytes, StandardCharsets.UTF_8);
        Files.writeString(b, text.substring(0, text.indexOf("### [2] ")), StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");

        Result r = run("export", "--format", "jsonl", "--output-dir", out.toString(), a.toString(), b.toString());

        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains(a + " and " + b + " would both be written to " + out.resolve("day.jsonl")),
                r.err());
        assertFalse(Files.exists(out.resolve("day.jsonl")), "nothing is written");
    }

    // ------------------------------------------------------------------ write errors on stdout

    @Test
    void writeErrorsOnStdoutGiveAMessageAndExitThree() throws IOException {
        Path sample = tmp.resolve("sample.md");
        Files.write(sample, sampleBytes);
        for (String[] args : List.of(
                new String[] {"export", "--format", "jsonl", sample.toString()},
                new String[] {"export", "--format", "markdown", sample.toString()},
                new String[] {"stats", sample.toString()},
                new String[] {"stats"})) {
            Result r = runWithFailingStdout(args);
            assertEquals(3, r.status(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("digest: cannot write to standard output"), r.err());
        }
    }

    @Test
    void exportToDevFullExitsThreeInAChildJvm() throws Exception {
        File devFull = new File("/dev/full");
        assumeTrue(devFull.exists(), "no /dev/full on this system");
        Path sample = tmp.resolve("sample.md");
        Files.write(sample, sampleBytes);
        Process p = childJvm("export", "--format", "jsonl", sample.toString())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(devFull))
                .redirectError(ProcessBuilder.Redirect.PIPE)
                .start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(3, p.exitValue(), err);
        assertTrue(err.contains("digest: cannot write to standard output: IOException: No space left on device"), err);
    }

    // ------------------------------------------------------------------ an argument that names no digest

    @Test
    void aDirectoryWithoutDigestsIsAnError() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not a digest");
        for (String command : List.of("stats", "validate")) {
            Result r = run(command, empty.toString());
            assertEquals(2, r.status(), command + ": " + r.err());
            assertTrue(r.err().contains(empty + ": no *.md file"), r.err());
        }
        Result export = run("export", "--format", "jsonl", "--output-dir", tmp.resolve("out").toString(),
                empty.toString());
        assertEquals(2, export.status(), export.err());
        assertTrue(export.err().contains(empty + ": no *.md file"), export.err());
    }

    // ------------------------------------------------------------------ a closed stdout stops the work

    @Test
    void aClosedStdoutStopsTheWorkPromptlyAndQuietly() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("many"));
        int files = 200;
        for (int i = 0; i < files; i++) {
            Files.write(dir.resolve(String.format("d%03d.md", i)), sampleBytes);
        }
        Process p = childJvm("stats", dir.toString()).redirectError(ProcessBuilder.Redirect.PIPE).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals(dir.resolve("d000.md").toString(), out.readLine());
        } // closes the pipe, as `| head -1` does
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        List<String> progress = err.lines().filter(l -> l.startsWith("parsed ")).toList();
        assertFalse(progress.contains("parsed " + files + "/" + files + " files"),
                "went on parsing after stdout was closed: " + progress);
        assertTrue(err.lines().noneMatch(l -> l.startsWith("digest:") || l.contains("Exception")), err);
        assertEquals(141, p.exitValue(), "the status of a tool stopped by SIGPIPE");
    }

    // ------------------------------------------------------------------ terminal escape sequences

    @Test
    void escapeSequencesFromADigestAreNotEchoedRaw() throws IOException {
        String esc = "\u001b]0;owned\u0007\u001b[2J\u009b31m\u202e";
        Path evil = tmp.resolve("evil.md");
        Files.writeString(evil, String.join("\n",
                "### [1] [A title](https://arxiv.org/abs/2505.08894)",
                "*Ann One, Bob Two*",
                "",
                "**TL;DR:** A summary.",
                "",
                "## Evil" + esc + "label",
                ""), StandardCharsets.UTF_8);
        // The parser keeps the heading as written, and a problem message quotes it.
        assertTrue(DigestParser.builder().build().parse(evil).problems().stream()
                .anyMatch(p -> p.message().contains(esc)), "precondition");
        for (String[] args : List.of(new String[] {"validate", evil.toString()},
                new String[] {"stats", evil.toString()},
                new String[] {"export", "--format", "jsonl", evil.toString()})) {
            Result r = run(args);
            String problems = args[0].equals("validate") ? r.out() : r.err();
            assertTrue(problems.contains("'Evil\\x1B]0;owned\\x07\\x1B[2J\\x9B31m\\u202Elabel'"), problems);
            if (args[0].equals("stats")) {
                assertTrue(r.out().contains("  Evil\\x1B]0;owned\\x07\\x1B[2J\\x9B31m\\u202Elabel  0 papers\n"), r.out());
            }
            String shown = args[0].equals("export") ? r.err() : r.out() + r.err();
            assertFalse(shown.chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == 0x9b || c == 0x202e), shown);
        }
    }

    // ------------------------------------------------------------------ conventions

    @Test
    void versionFromTheBuild() {
        Result version = run("--version");
        assertEquals(0, version.status(), version.err());
        assertTrue(version.out().matches("digest \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), version.out());
    }

    @Test
    void helpOnEachCommandExitsZero() {
        for (String command : List.of("stats", "validate", "export")) {
            Result help = run(command, "--help");
            assertEquals(0, help.status(), command + ": " + help.err());
            assertTrue(help.out().startsWith("Usage: digest " + command), help.out());
        }
    }

    @Test
    void doubleDashEndsTheOptions() throws IOException {
        Path dashed = tmp.resolve("-dashed.md");
        Files.write(dashed, sampleBytes);
        Result dashDash = run("validate", "--", dashed.toString());
        assertEquals(0, dashDash.status(), dashDash.err());
        Result relative = run("validate", "--", "-no-such-file.md");
        assertEquals(2, relative.status(), relative.err());
        assertTrue(relative.err().contains("cannot read -no-such-file.md"), relative.err());
    }

    @Test
    void usageForAMissingCommandGoesToStderr() {
        Result none = run();
        assertEquals(2, none.status());
        assertEquals("", none.out());
        assertTrue(none.err().contains("Usage: digest"), none.err());
    }

    // ------------------------------------------------------------------ helpers

    /** A child JVM running {@link DigestCli#main} with the test class path. */
    static ProcessBuilder childJvm(String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(DigestCli.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
