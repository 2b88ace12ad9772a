package dev.arxivdigest.archive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An archive larger than the heap streams in bounded memory: 1,000 generated days in upstream's
 * layout (a digest and its records each, about 600 MB in all) are read in a forked JVM with a
 * 256 MB heap, every paper joined with its record. The days are written as bytes into a temporary
 * directory, deleted after.
 */
class ArchiveMemoryTest {

    static final int DAYS = 1000;
    static final int PAPERS_PER_DAY = 300;
    static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

    /** The child: streams the archive at {@code args[0]}, checks each paper, prints the counts. */
    public static final class Child {
        public static void main(String[] args) {
            DigestArchive archive = DigestArchive.builder().addSource("generated", Path.of(args[0])).build();
            long papers = 0;
            long joined = 0;
            long days;
            List<ArchiveProblem> problems;
            try (ArchiveStream<ArchivedPaper> s = archive.papers()) {
                for (ArchivedPaper p : s) {
                    papers++;
                    if (p.pdf().isPresent() && p.categories().size() == 2 && !p.sighting().category().isEmpty()
                            && p.paper().tldr().isPresent()) {
                        joined++;
                    }
                }
                days = s.daysRead();
                problems = s.problems();
            }
            System.out.println("days " + days + " papers " + papers + " joined " + joined + " problems " + problems.size());
            problems.stream().limit(5).forEach(System.out::println);
            System.out.println("max heap " + Runtime.getRuntime().maxMemory());
        }
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void aThousandDaysStreamUnder256Mb(@TempDir Path dir) throws Exception {
        long bytes = generate(dir);
        assertTrue(bytes > 550L * 1000 * 1000, "about 600 MB generated: " + bytes);
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Xss512k", "-cp", System.getProperty("java.class.path"), Child.class.getName(), dir.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(6, TimeUnit.MINUTES), "child did not finish");
        System.out.println("ArchiveMemoryTest: generated " + bytes + " bytes; child under -Xmx256m: " + output.strip());
        assertEquals(0, p.exitValue(), output);
        long papers = (long) DAYS * PAPERS_PER_DAY;
        assertTrue(output.startsWith("days 1000 papers " + papers + " joined " + papers + " problems 0\n"), output);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2 * DAYS, files.count());
        }
    }

    /** Writes the days; returns the bytes written. */
    static long generate(Path dir) throws IOException {
        String abs = " This abstract is long enough to weigh what an upstream abstract weighs: it describes the"
                + " problem, the method, the experiments and the results in about a thousand characters, as the"
                + " papers of a real day do. We propose a method, evaluate it on benchmarks, and discuss limits.";
        String abstractText = abs.repeat(3).strip();
        long total = 0;
        for (int d = 0; d < DAYS; d++) {
            String date = FIRST.plusDays(d).toString();
            StringBuilder md = new StringBuilder(PAPERS_PER_DAY * 1500);
            StringBuilder rec = new StringBuilder(PAPERS_PER_DAY * 700);
            String[] cats = {"cs.CV", "cs.CL", "cs.LG"};
            md.append("<div id=toc></div>\n\n# Table of Contents\n\n");
            for (String c : cats) {
                md.append("- [").append(c).append("](#").append(c).append(") [Total: ").append(PAPERS_PER_DAY / 3).append("]\n");
            }
            int n = 0;
            for (int ci = 0; ci < cats.length; ci++) {
                String c = cats[ci];
                md.append("\n\n<div id='").append(c).append("'></div>\n\n# ").append(c).append(" [[Back]](#toc)\n\n");
                for (int i = ci * (PAPERS_PER_DAY / 3); i < (ci + 1) * (PAPERS_PER_DAY / 3); i++) {
                    n++;
                    String id = String.format("%04d.%05d", 1000 + d, i);
                    String title = "Generated paper " + id + " on streaming archives";
                    md.append("### [").append(n).append("] [").append(title).append("](https://arxiv.org/abs/").append(id)
                            .append(")\n*Ada Lovelace,Alan Turing,Grace Hopper*\n\nMain category: ").append(c)
                            .append("\n\nTL;DR: A short summary of paper ").append(id).append(" for the memory test.\n\n\n")
                            .append("<details>\n  <summary>Details</summary>\nMotivation: Why the paper matters.\n\n")
                            .append("Method: How it was done.\n\nResult: What it found.\n\nConclusion: What follows.\n\nAbstract: ")
                            .append(abstractText).append("\n\n</details>\n\n");
                    rec.append("{\"id\": \"").append(id).append("\", \"categories\": [\"").append(c).append("\", \"cs.AI\"], ")
                            .append("\"pdf\": \"https://arxiv.org/pdf/").append(id).append("\", \"abs\": \"https://arxiv.org/abs/")
                            .append(id).append("\", \"authors\": [\"Ada Lovelace\", \"Alan Turing\", \"Grace Hopper\"], \"title\": \"")
                            .append(title).append("\", \"comment\": null, \"summary\": \"").append(abstractText.substring(0, 400))
                            .append("\", \"AI\": {\"tldr\": \"A short summary of paper ").append(id)
                            .append(" for the memory test.\", \"motivation\": \"Why the paper matters.\", \"method\": \"How it was done.\", ")
                            .append("\"result\": \"What it found.\", \"conclusion\": \"What follows.\"}}\n");
                }
            }
            total += write(dir.resolve(date + ".md"), md);
            total += write(dir.resolve(date + "_AI_enhanced_Chinese.jsonl"), rec);
        }
        return total;
    }

    private static long write(Path file, CharSequence text) throws IOException {
        byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(b);
        }
        return b.length;
    }
}
