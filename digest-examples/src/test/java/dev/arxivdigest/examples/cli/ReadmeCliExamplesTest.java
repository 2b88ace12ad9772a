package dev.arxivdigest.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command-line examples are real: every {@code $ digest ...} block shown in full
 * (no elided line) is run in a folder holding the example digest, and prints exactly what the
 * README shows (stdout and stderr together, in order).
 */
class ReadmeCliExamplesTest {

    @TempDir
    Path tmp;

    @Test
    void examplesPrintWhatTheReadmeShows() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Command-line tool"), readme.indexOf("## Building and testing"));
        try (InputStream in = getClass().getResourceAsStream("readme-2025-12-24.md")) {
            byte[] digest = in.readAllBytes();
            Files.write(tmp.resolve("2025-12-24.md"), digest);
            Files.write(Files.createDirectories(tmp.resolve("a")).resolve("2025-12-24.md"), digest);
            Files.write(Files.createDirectories(tmp.resolve("b")).resolve("2025-12-24.md"), digest);
            Files.createDirectories(tmp.resolve("empty"));
        }
        int checked = 0;
        for (String block : section.split("```")) {
            if (!block.startsWith("\n$ digest ") || block.contains("…") || block.contains("\n...") || block.contains("&&")) {
                continue;
            }
            List<String> lines = block.strip().lines().toList();
            for (int i = 0; i < lines.size(); ) {
                String command = lines.get(i).substring("$ digest ".length());
                StringBuilder expected = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).startsWith("$ digest "); i++) {
                    expected.append(lines.get(i)).append('\n');
                }
                assertEquals(expected.toString(), run(command), command);
                checked++;
            }
        }
        assertTrue(checked >= 8, "examples checked: " + checked);
    }

    private String run(String commandLine) throws IOException, InterruptedException {
        boolean devFull = commandLine.endsWith(" > /dev/full");
        String args = devFull ? commandLine.substring(0, commandLine.length() - " > /dev/full".length()) : commandLine;
        ProcessBuilder pb = ReportedFailuresTest.childJvm(args.split(" ")).directory(tmp.toFile());
        if (devFull) {
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(new File("/dev/full")));
            pb.redirectError(ProcessBuilder.Redirect.PIPE);
        } else {
            pb.redirectErrorStream(true);
        }
        Process p = pb.start();
        String out = new String((devFull ? p.getErrorStream() : p.getInputStream()).readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), commandLine);
        return out;
    }
}
