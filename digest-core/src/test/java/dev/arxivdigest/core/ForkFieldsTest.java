package dev.arxivdigest.core;

import dev.arxivdigest.testsupport.SharedCorpus;

import com.fasterxml.jackson.databind.JsonNode;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.Severity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The two fork samples of the test resources field by field: each record the markdown shows (its {@code abs} link appears in
 * the file) is returned as a paper whose title, authors, TL;DR, motivation, method, result,
 * conclusion and abstract equal the record's values exactly; no record is missing; and the digest
 * has exactly the warnings and errors written down for its sample below. (The other fork samples of
 * the shared corpus rewrite their records in ways of their own, joined lines, translated labels;
 * {@link ForkDialectTest} covers them.)
 */
class ForkFieldsTest {

    private static final DigestParser PARSER = DigestParser.builder().build();

    /**
     * The warnings and errors each sample is expected to have, as {@code code@line:column}; a sample
     * not listed must have none.
     */
    private static final Map<String, List<String>> EXPECTED_PROBLEMS = Map.of();

    /** The two fork samples in test resources: on every clone. */
    @TestFactory
    List<DynamicTest> forkSamplesInTestResources() throws IOException {
        List<DynamicTest> tests = ForkSamples.tests(SharedCorpus.slice().resolve("forks"), ForkFieldsTest::check);
        assertEquals(2, tests.size(), "the two fork samples of the slice");
        return tests;
    }

    private static void check(String name, Path md) throws IOException {
        String markdown = Files.readString(md, StandardCharsets.UTF_8);
        Digest digest = PARSER.parse(md);
        List<Paper> unmatched = new ArrayList<>(digest.papers());
        List<String> failures = new ArrayList<>();
        int shown = 0;
        for (ForkSamples.Shown entry : ForkSamples.shownRecords(md, markdown)) {
            JsonNode r = entry.record();
            String abs = entry.abs();
            shown++;
            Paper p = unmatched.stream().filter(x -> x.link().equals(abs)).findFirst().orElse(null);
            if (p == null) {
                failures.add("record " + abs + " not returned");
                continue;
            }
            unmatched.remove(p);
            String where = "line " + p.line() + " " + abs + ": ";
            JsonNode ai = r.path("AI");
            if (name.startsWith("dkhonker") && ai.has("error")) {
                // this fork writes "N/A" in every AI field of a record whose AI output failed
                ai = ForkSamples.JSON.readTree("{\"tldr\":\"N/A\",\"motivation\":\"N/A\",\"method\":\"N/A\","
                        + "\"result\":\"N/A\",\"conclusion\":\"N/A\"}");
            }
            compare(failures, where + "title", r.get("title").asText(), p.title());
            List<String> authors = new ArrayList<>();
            r.get("authors").forEach(a -> authors.add(a.asText()));
            compare(failures, where + "authors", authors, p.authors());
            compare(failures, where + "tldr", text(ai, "tldr"), p.tldr());
            compare(failures, where + "motivation", text(ai, "motivation"), p.motivation());
            compare(failures, where + "method", text(ai, "method"), p.method());
            compare(failures, where + "result", text(ai, "result"), p.result());
            compare(failures, where + "conclusion", text(ai, "conclusion"), p.conclusion());
            compare(failures, where + "abstract", text(r, "summary"), p.abstractText());
        }
        List<String> problems = digest.problems().stream().filter(x -> x.severity() != Severity.INFO)
                .map(ForkFieldsTest::describe).toList();
        compare(failures, "warnings and errors", EXPECTED_PROBLEMS.getOrDefault(name, List.of()), problems);
        assertEquals(List.of(), failures, name + " (" + shown + " records shown)");
    }

    private static Optional<String> text(JsonNode n, String key) {
        JsonNode v = n.path(key);
        return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    private static void compare(List<String> failures, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            failures.add(what + "\n    expected " + expected + "\n    but was  " + actual);
        }
    }

    private static String describe(Problem p) {
        return p.code() + "@" + p.line() + ":" + p.column();
    }
}
