package dev.arxivdigest.spark;

import dev.arxivdigest.testsupport.SharedCorpus;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared corpus on Spark: upstream's 40 days (markdown and records), upstream-2025's ten days of
 * records only, and each fork sample as a source. Spark's unique papers, counts per source and day,
 * and problems equal the single-machine archive's on the same files. Skips, with a message, without
 * {@code ../shared}.
 */
class CorpusSparkTest {

    private static SparkRead read;

    /**
     * Reads the corpus on Spark once, before the first test. Per test, not per class, so that without
     * the corpus each test shows as skipped (an assumption in {@code @BeforeAll} makes the class
     * vanish from Surefire's counts) or, with {@code -Dcorpus.required=true}, as failed.
     */
    @BeforeEach
    void readTheCorpus() throws IOException {
        Path corpus = SharedCorpus.require();
        if (read != null) {
            return;
        }
        Map<String, Path> roots = new LinkedHashMap<>();
        roots.put("upstream", corpus.resolve("upstream"));
        roots.put("upstream-2025", corpus.resolve("upstream-2025"));
        try (Stream<Path> s = Files.list(corpus.resolve("forks"))) {
            s.filter(Files::isDirectory).sorted().forEach(f -> roots.put(f.getFileName().toString(), f));
        }
        read = SparkRead.of(roots);
    }

    @Test
    void sameAsTheSingleMachineArchive() {
        read.assertSameAsTheSingleMachineArchive();
    }

    @Test
    void everySourceAndDayOfTheCorpusIsRead() {
        List<PaperRow> papers = read.papers();
        List<UniquePaperRow> unique = read.unique();
        Map<String, Long> perDay = Expected.perDay(papers);
        // 40 upstream days, 10 upstream-2025 days, one day per fork sample
        assertEquals(40, perDay.keySet().stream().filter(k -> k.startsWith("upstream 2")).count());
        assertEquals(10, perDay.keySet().stream().filter(k -> k.startsWith("upstream-2025 ")).count());
        assertEquals(read.roots().size() - 2, perDay.keySet().stream().filter(k -> !k.startsWith("upstream")).count());
        // upstream-2025 repeats papers across its days: fewer unique papers than sightings
        assertTrue(unique.size() < papers.size(), unique.size() + " unique of " + papers.size());
        assertTrue(unique.stream().allMatch(u -> u.getId() != null), "every corpus paper has an identifier");
    }
}
