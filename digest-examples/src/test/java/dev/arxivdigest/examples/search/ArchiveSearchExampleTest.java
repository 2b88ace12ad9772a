package dev.arxivdigest.examples.search;

import dev.arxivdigest.testsupport.SharedCorpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arxivdigest.archive.ArchiveProblem;
import dev.arxivdigest.archive.DigestArchive;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ArchiveSearchExample}: words, category and dates on a small archive bundled with the tests
 * (two upstream days and a fork day), and on the shared corpus against matches computed here from
 * the truth and records files.
 */
class ArchiveSearchExampleTest {

    private static final LocalDate ANY_FROM = LocalDate.of(2000, 1, 1);
    private static final LocalDate ANY_TO = LocalDate.of(2100, 1, 1);

    private static Path slice() throws URISyntaxException {
        return Path.of(ArchiveSearchExampleTest.class.getResource("/archive-slice").toURI());
    }

    private static Set<String> ids(List<ArchiveSearchExample.Hit> hits) {
        return hits.stream().map(ArchiveSearchExample.Hit::id).collect(Collectors.toSet());
    }

    @Test
    void answersWordsInACategoryBetweenDatesOnTheBundledSlice() throws Exception {
        DigestArchive archive = DigestArchive.builder()
                .addSource("upstream", slice().resolve("upstream"))
                .addSource("fork", slice().resolve("fork"))
                .build();
        List<ArchiveProblem> problems = new ArrayList<>();
        try (ArchiveSearchExample index = ArchiveSearchExample.index(archive, problems)) {
            assertEquals(List.of(), problems);
            assertEquals(5, index.size());
            assertEquals(Set.of("2601.00001", "2601.00004", "2601.00005"), ids(index.search("diffusion", Optional.empty(), ANY_FROM, ANY_TO, 10)));
            assertEquals(Set.of("2601.00001", "2601.00004"), ids(index.search("diffusion", Optional.of("cs.CV"), ANY_FROM, ANY_TO, 10)));
            // 2601.00001 is cs.LG too: in its record's categories, and where the fork listed it
            assertEquals(Set.of("2601.00001", "2601.00005"), ids(index.search("diffusion", Optional.of("cs.LG"), ANY_FROM, ANY_TO, 10)));
            LocalDate jan5 = LocalDate.of(2026, 1, 5);
            LocalDate jan6 = LocalDate.of(2026, 1, 6);
            assertEquals(Set.of("2601.00001"), ids(index.search("diffusion", Optional.empty(), jan5, jan5, 10)));
            assertEquals(Set.of("2601.00001", "2601.00004", "2601.00005"), ids(index.search("diffusion", Optional.empty(), jan6, jan6, 10)));
            assertEquals(Set.of("2601.00003"), ids(index.search("legal retrieval", Optional.empty(), ANY_FROM, ANY_TO, 10)));
            assertEquals(Set.of(), ids(index.search("legal detector", Optional.empty(), ANY_FROM, ANY_TO, 10)));
            assertEquals(Set.of("2601.00001"), ids(index.search("卫星图像", Optional.empty(), ANY_FROM, ANY_TO, 10)));
            assertEquals(Set.of(), ids(index.search("diffusion (\"", Optional.of("cs.CL"), ANY_FROM, ANY_TO, 10)));
            ArchiveSearchExample.Hit hit = index.search("satellite", Optional.empty(), ANY_FROM, ANY_TO, 10).get(0);
            assertEquals("Diffusion Models for Satellite Images", hit.title());
            assertEquals(jan5, hit.firstSeen());
        }
    }

    // ------------------------------------------------------------------ the shared corpus

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path corpus() {
        return SharedCorpus.require();
    }

    private static Set<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        Set<String> out = new HashSet<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    /** A paper as the test reads it from the truth and records files. */
    private static final class Expected {
        Set<String> words = new HashSet<>();
        Set<String> categories = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
    }

    @Test
    void answersOnTheSharedCorpusAsTheTruthFilesSay() throws IOException {
        Path upstream = corpus().resolve("upstream");
        StandardAnalyzer standard = new StandardAnalyzer();
        CJKAnalyzer cjk = new CJKAnalyzer();
        Map<String, Expected> papers = new TreeMap<>();
        List<Path> truths;
        try (Stream<Path> s = Files.list(upstream)) {
            truths = s.filter(p -> p.getFileName().toString().endsWith(".truth.jsonl")).sorted().toList();
        }
        for (Path truth : truths) {
            String date = truth.getFileName().toString().substring(0, 10);
            Map<String, JsonNode> full = new HashMap<>();
            for (String line : Files.readAllLines(upstream.resolve(date + "_AI_enhanced_Chinese.jsonl"), StandardCharsets.UTF_8)) {
                JsonNode r = JSON.readTree(line);
                full.putIfAbsent(r.get("id").asText(), r);
            }
            for (String line : Files.readAllLines(truth, StandardCharsets.UTF_8)) {
                JsonNode t = JSON.readTree(line);
                String id = t.get("id").asText().replaceFirst("v[0-9]+$", "");
                boolean first = !papers.containsKey(id);
                Expected e = papers.computeIfAbsent(id, k -> new Expected());
                e.days.add(LocalDate.parse(date));
                t.get("categories").forEach(c -> e.categories.add(c.asText()));
                full.get(t.get("id").asText()).get("categories").forEach(c -> e.categories.add(c.asText()));
                if (first) {
                    e.words.addAll(tokens(standard, "title", t.get("title").asText()));
                    e.words.addAll(tokens(standard, "abstract", t.get("summary").asText()));
                    e.words.addAll(tokens(cjk, "tldr", t.get("AI").get("tldr").asText()));
                }
            }
        }
        List<ArchiveProblem> problems = new ArrayList<>();
        try (ArchiveSearchExample index = ArchiveSearchExample.index(DigestArchive.builder().addSource("upstream", upstream).build(), problems)) {
            assertEquals(papers.size(), index.size());
            record Q(String words, Optional<String> category, LocalDate from, LocalDate to) { }
            List<Q> queries = List.of(
                    new Q("diffusion", Optional.of("cs.CV"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
                    new Q("language model", Optional.of("cs.CL"), ANY_FROM, ANY_TO),
                    new Q("reinforcement learning reasoning", Optional.empty(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30)),
                    new Q("graph", Optional.of("cs.LG"), LocalDate.of(2026, 1, 21), LocalDate.of(2026, 1, 21)));
            for (Q q : queries) {
                Set<String> words = tokens(standard, "title", q.words());
                Set<String> expected = new HashSet<>();
                papers.forEach((id, e) -> {
                    if (e.words.containsAll(words) && q.category().map(e.categories::contains).orElse(true)
                            && e.days.stream().anyMatch(d -> !d.isBefore(q.from()) && !d.isAfter(q.to()))) {
                        expected.add(id);
                    }
                });
                Set<String> got = ids(index.search(q.words(), q.category(), q.from(), q.to(), 100_000));
                Set<String> missing = new java.util.TreeSet<>(expected);
                missing.removeAll(got);
                Set<String> extra = new java.util.TreeSet<>(got);
                extra.removeAll(expected);
                assertEquals(Set.of(), missing, () -> q + ": not found");
                assertEquals(Set.of(), extra, () -> q + ": found but not expected");
                assertEquals(expected.size(), got.size());
                assertTrue(!expected.isEmpty(), "a query that finds nothing tests little: " + q);
            }
        }
    }
}
