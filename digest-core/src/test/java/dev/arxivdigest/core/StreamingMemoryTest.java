package dev.arxivdigest.core;

import dev.arxivdigest.testsupport.SharedCorpus;

import dev.arxivdigest.model.Paper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Streaming memory is bounded by the largest paper, not the file: a forked JVM with a 64 MB heap
 * streams the whole shared corpus and a file of eight copies of it (about 195 MB, about three times the
 * heap). Skips without the corpus.
 */
class StreamingMemoryTest {

    /** The child: streams each file given, prints "papers N" with the total. */
    public static final class Child {
        public static void main(String[] args) throws IOException {
            DigestParser parser = DigestParser.builder().build();
            long papers = 0;
            for (String a : args) {
                try (DigestParser.PaperStream s = parser.stream(Path.of(a))) {
                    for (Paper p : s) {
                        if (p.title().isEmpty()) {
                            throw new IllegalStateException("paper without title at line " + p.line());
                        }
                        papers++;
                    }
                }
            }
            System.out.println("papers " + papers);
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void wholeCorpusAndAFileLargerThanTheHeapStreamUnder64Mb(@TempDir Path dir) throws Exception {
        List<Path> files = SharedCorpus.markdown(SharedCorpus.require().resolve("upstream"));
        long expected = 0; // one paper per truth record (UpstreamConformanceTest checks the pairing)
        for (Path f : files) {
            Path truth = f.resolveSibling(f.getFileName().toString().replace(".md", ".truth.jsonl"));
            expected += Files.readAllLines(truth, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).count();
        }
        assertEquals(8_458, expected, "truth records in the 40 upstream digests");
        Path big = dir.resolve("eight-copies.md");
        try (OutputStream out = Files.newOutputStream(big)) {
            for (int copy = 0; copy < 8; copy++) {
                for (Path f : files) {
                    out.write(Files.readAllBytes(f));
                }
            }
        }
        assertTrue(Files.size(big) > 2L * 64 * 1024 * 1024, "the big file must be more than twice the heap");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-Xss512k", "-cp", System.getProperty("java.class.path"), Child.class.getName()));
        files.forEach(f -> cmd.add(f.toString()));
        cmd.add(big.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(4, TimeUnit.MINUTES), "child did not finish");
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("papers " + (expected * 9)), "expected " + expected * 9 + " papers: " + output);
    }
}
