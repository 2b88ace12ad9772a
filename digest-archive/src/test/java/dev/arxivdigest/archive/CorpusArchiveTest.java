package dev.arxivdigest.archive;

import dev.arxivdigest.testsupport.SharedCorpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared corpus as one archive: upstream's 40 days (markdown and records), upstream-2025's ten
 * days of records only, and each fork sample as a source. The expected identifiers are read here
 * from the truth and records files with Jackson's data binding, not through the archive.
 */
class CorpusArchiveTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path corpus;
    private static DigestArchive archive;
    private static List<ArchivedPaper> papers;
    private static List<ArchiveProblem> problems;

    /**
     * Reads the archive once, before the first test. Per test, not per class, so that without the
     * corpus each test shows as skipped (an assumption in {@code @BeforeAll} makes the class vanish
     * from Surefire's counts) or, with {@code -Dcorpus.required=true}, as failed.
     */
    @BeforeEach
    void readTheArchive() throws IOException {
        Path found = SharedCorpus.require();
        if (archive != null) {
            return;
        }
        corpus = found;
        DigestArchive.Builder b = DigestArchive.builder()
                .addSource("upstream", corpus.resolve("upstream"))
                .addSource("upstream-2025", corpus.resolve("upstream-2025"));
        for (Path fork : forks()) {
            b.addSource(fork.getFileName().toString(), fork);
        }
        archive = b.build();
        papers = new ArrayList<>();
        try (ArchiveStream<ArchivedPaper> s = archive.papers()) {
            s.forEach(papers::add);
            problems = s.problems();
        }
    }

    private static List<Path> forks() throws IOException {
        try (Stream<Path> s = Files.list(corpus.resolve("forks"))) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    /** An arXiv id without its version, as the test reads it. */
    private static String bare(String id) {
        return id.replaceFirst("v[0-9]+$", "");
    }

    @Test
    void listsEveryDayOfEverySource() throws IOException {
        Map<String, Long> days = new HashMap<>();
        archive.list().days().forEach(d -> days.merge(d.source(), 1L, Long::sum));
        assertEquals(40L, days.get("upstream"));
        assertEquals(10L, days.get("upstream-2025"));
        for (Path fork : forks()) {
            assertEquals(1L, days.get(fork.getFileName().toString()), fork.toString());
        }
        assertEquals(List.of(), archive.list().problems());
    }

    @Test
    void theUniqueCountIsTheNumberOfDistinctIdentifiers() throws IOException {
        Set<String> expected = new HashSet<>();
        long sightings = 0;
        for (Path truth : files(corpus.resolve("upstream"), ".truth.jsonl")) {
            for (JsonNode r : lines(truth)) {
                expected.add(bare(r.get("id").asText()));
                sightings++;
            }
        }
        for (Path records : files(corpus.resolve("upstream-2025"), ".jsonl")) {
            for (JsonNode r : lines(records)) {
                expected.add(bare(r.get("id").asText()));
                sightings++;
            }
        }
        for (Path fork : forks()) {
            String md = Files.readString(files(fork, ".md").get(0), StandardCharsets.UTF_8);
            Set<String> shown = new HashSet<>();
            for (JsonNode r : lines(files(fork, ".source.jsonl").get(0))) {
                String id = bare(r.get("id").asText());
                if (md.contains(id)) {
                    shown.add(id);
                }
            }
            expected.addAll(shown);
        }
        UniquePapers unique = archive.unique(java.time.LocalDate.MIN, java.time.LocalDate.MAX, UniquePaper.Content.FIRST);
        Set<String> got = new HashSet<>();
        unique.papers().forEach(u -> got.add(u.id().orElseThrow().value()));
        assertEquals(expected.size(), unique.papers().size());
        assertEquals(expected, got);
        assertEquals(papers.size(), unique.sightings());
        assertTrue(sightings < papers.size(), "forks add sightings to upstream's");
    }

    @Test
    void everyPaperCarriesItsCategoryDateAndSource() {
        assertFalse(papers.isEmpty());
        for (ArchivedPaper p : papers) {
            Sighting s = p.sighting();
            assertFalse(s.category().isEmpty(), () -> "no category: " + s);
            assertTrue(archive.sources().containsKey(s.source()), s::toString);
            assertTrue(s.file().getFileName().toString().startsWith(s.date().toString()), s::toString);
        }
    }

    @Test
    void joinedRecordsFillThePdfLinkAndAllCategoriesOfEveryUpstreamPaper() throws IOException {
        Map<String, JsonNode> records = new HashMap<>();
        for (Path f : files(corpus.resolve("upstream"), "_AI_enhanced_Chinese.jsonl")) {
            String date = f.getFileName().toString().substring(0, 10);
            for (JsonNode r : lines(f)) {
                records.putIfAbsent(date + " " + bare(r.get("id").asText()), r);
            }
        }
        int checked = 0;
        for (ArchivedPaper p : papers) {
            if (!p.sighting().source().equals("upstream")) {
                continue;
            }
            JsonNode r = records.get(p.sighting().date() + " " + p.id().orElseThrow().value());
            assertTrue(r != null, () -> "no record for " + p.sighting());
            if (r.hasNonNull("pdf")) {
                assertEquals(r.get("pdf").asText(), p.pdf().orElse("(none)"), p.sighting()::toString);
            }
            List<String> categories = new ArrayList<>();
            r.get("categories").forEach(c -> categories.add(c.asText()));
            assertEquals(categories, p.categories(), p.sighting()::toString);
            if (r.hasNonNull("comment")) {
                assertEquals(r.get("comment").asText(), p.comment().orElse("(none)"));
            }
            checked++;
        }
        assertTrue(checked > 7000, "upstream papers checked: " + checked);
    }

    @Test
    void theUpstreamDigestsAgreeWithTheirRecords() {
        List<ArchiveProblem> disagreements = problems.stream()
                .filter(p -> p.source().equals("upstream") && p.problem().code().startsWith("record-")).toList();
        assertEquals(List.of(), disagreements);
    }
}
