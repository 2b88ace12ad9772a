package dev.arxivdigest.examples.cli;

import dev.arxivdigest.testsupport.SharedCorpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The jsonl export against upstream's own records: each upstream digest is exported with the CLI
 * ({@code export --format jsonl FILE}) and every exported record is compared with its truth record
 * key by key ({@code id}, {@code title}, {@code authors}, {@code categories} (the main one),
 * {@code abs}, {@code summary}, {@code AI.tldr} … {@code AI.conclusion}); no record is missing and
 * none is added. The two upstream days in digest-core's test resources always run; the shared
 * corpus's 40 when {@code ../shared/corpus} is present (skipped with a message otherwise, a failure
 * with {@code -Dcorpus.required=true}).
 */
class JsonlConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> AI_KEYS = List.of("tldr", "motivation", "method", "result", "conclusion");

    /** The corpus slice kept in digest-core's test resources (this module's working directory is its own). */
    private static final Path SLICE = Path.of("..", "digest-core", "src", "test", "resources", "corpus", "upstream");

    @TestFactory
    List<DynamicTest> upstreamDaysInTestResources() throws IOException {
        Assertions.assertTrue(Files.isDirectory(SLICE), "the corpus slice is missing: " + SLICE.toAbsolutePath());
        List<DynamicTest> tests = tests(SLICE);
        assertEquals(2, tests.size(), "the two upstream days of the slice");
        return tests;
    }

    @TestFactory
    List<DynamicTest> everySharedUpstreamDigest() throws IOException {
        Path corpus = SharedCorpus.find();
        if (corpus == null) {
            return List.of(DynamicTest.dynamicTest("everySharedUpstreamDigest (shared corpus absent)", () -> {
                String why = "shared corpus not found above " + Path.of("").toAbsolutePath();
                if (Boolean.getBoolean("corpus.required")) {
                    Assertions.fail(why + " but -Dcorpus.required=true");
                }
                System.out.println("SKIPPED: " + why + "; the jsonl export is checked on the slice only");
                Assumptions.abort(why + ": skipped");
            }));
        }
        List<DynamicTest> tests = tests(corpus.resolve("upstream"));
        assertEquals(40, tests.size(), "the 40 upstream digests of the shared corpus");
        return tests;
    }

    private static List<DynamicTest> tests(Path upstream) throws IOException {
        try (Stream<Path> s = Files.list(upstream)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\.md")).sorted()
                    .map(md -> DynamicTest.dynamicTest(md.getFileName().toString(), () -> check(md))).toList();
        }
    }

    private static void check(Path md) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = DigestCli.run(new String[] {"export", "--format", "jsonl", md.toString()}, o, e);
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, "exit status; stderr: " + stderr);
        Map<String, List<JsonNode>> exported = new LinkedHashMap<>();
        int exportedCount = 0;
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                JsonNode r = JSON.readTree(line);
                exported.computeIfAbsent(r.path("id").asText(), k -> new ArrayList<>()).add(r);
                exportedCount++;
            }
        }
        Path truthFile = md.resolveSibling(md.getFileName().toString().replace(".md", ".truth.jsonl"));
        List<String> failures = new ArrayList<>();
        int truthCount = 0;
        for (String line : Files.readAllLines(truthFile, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            truthCount++;
            JsonNode truth = JSON.readTree(line);
            String id = truth.get("id").asText();
            List<JsonNode> candidates = exported.getOrDefault(id, List.of());
            if (candidates.isEmpty()) {
                failures.add(id + ": not exported");
                continue;
            }
            JsonNode got = candidates.remove(0);
            String where = id + " (line " + got.path("line").asText() + ") ";
            compare(failures, where + "id", truth.get("id"), got.get("id"));
            compare(failures, where + "title", truth.get("title"), got.get("title"));
            compare(failures, where + "authors", truth.get("authors"), got.get("authors"));
            compare(failures, where + "categories", JSON.createArrayNode().add(truth.get("categories").get(0)),
                    got.get("categories"));
            compare(failures, where + "abs", truth.get("abs"), got.get("abs"));
            compare(failures, where + "summary", truth.get("summary"), got.get("summary"));
            for (String key : AI_KEYS) {
                compare(failures, where + "AI." + key, truth.get("AI").get(key), got.path("AI").get(key));
            }
        }
        exported.forEach((id, rest) -> rest.forEach(r -> failures.add(id + ": exported without a truth record")));
        assertEquals(List.of(), failures, md.getFileName().toString());
        assertEquals(truthCount, exportedCount, md.getFileName() + ": records exported vs truth records");
    }

    private static void compare(List<String> failures, String what, JsonNode expected, JsonNode actual) {
        if (expected == null || !expected.equals(actual)) {
            failures.add(what + ": expected " + expected + " but was " + actual);
        }
    }
}
