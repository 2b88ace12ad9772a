package dev.arxivdigest.core;

import dev.arxivdigest.testsupport.SharedCorpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Problem;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Conformance over the upstream corpus: every paper equals its truth record field for field, byte
 * for byte; every record the digest shows is returned; the writer reproduces each file exactly.
 * The two days in test resources always run; the shared corpus's 40 when it is present.
 */
class UpstreamConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DigestParser PARSER = DigestParser.builder().build();

    @TestFactory
    List<DynamicTest> everyUpstreamDigest() throws IOException {
        return SharedCorpus.dynamicTests("everyUpstreamDigest", corpus -> {
            List<DynamicTest> tests = tests(corpus.resolve("upstream"));
            assertEquals(40, tests.size(), "the 40 upstream digests of the shared corpus");
            return tests;
        });
    }

    /** The two upstream days kept in test resources: conformance on every clone. */
    @TestFactory
    List<DynamicTest> upstreamDaysInTestResources() throws IOException {
        List<DynamicTest> tests = tests(SharedCorpus.slice().resolve("upstream"));
        assertEquals(2, tests.size(), "the two upstream days of the slice");
        return tests;
    }

    private static List<DynamicTest> tests(Path upstream) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path md : SharedCorpus.markdown(upstream)) {
            tests.add(DynamicTest.dynamicTest(md.getFileName().toString(), () -> check(md)));
        }
        return tests;
    }

    private static void check(Path md) throws IOException {
        Digest digest = PARSER.parse(md);
        List<Paper> papers = digest.papers();
        Map<String, Paper> byId = new HashMap<>();
        for (Paper p : papers) {
            assertTrue(p.arxivId().isPresent(), "paper without arXiv id at line " + p.line());
            byId.putIfAbsent(p.arxivId().get().toString(), p);
        }
        Path truthFile = md.resolveSibling(md.getFileName().toString().replace(".md", ".truth.jsonl"));
        int records = 0;
        for (String line : Files.readAllLines(truthFile, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            records++;
            JsonNode r = JSON.readTree(line);
            String id = r.get("id").asText();
            Paper p = byId.get(id);
            if (p == null) {
                fail(md.getFileName() + ": record " + id + " not returned");
            }
            String where = md.getFileName() + " " + id + " line " + p.line() + ": ";
            assertEquals(r.get("title").asText(), p.title(), where + "title");
            List<String> authors = new ArrayList<>();
            r.get("authors").forEach(a -> authors.add(a.asText()));
            assertEquals(authors, p.authors(), where + "authors");
            assertEquals(Optional.of(r.get("categories").get(0).asText()), p.mainCategory(), where + "main category");
            assertEquals(r.get("abs").asText(), p.link(), where + "abs");
            assertEquals(Optional.of(r.get("summary").asText()), p.abstractText(), where + "abstract");
            JsonNode ai = r.get("AI");
            assertEquals(Optional.of(ai.get("tldr").asText()), p.tldr(), where + "tldr");
            assertEquals(Optional.of(ai.get("motivation").asText()), p.motivation(), where + "motivation");
            assertEquals(Optional.of(ai.get("method").asText()), p.method(), where + "method");
            assertEquals(Optional.of(ai.get("result").asText()), p.result(), where + "result");
            assertEquals(Optional.of(ai.get("conclusion").asText()), p.conclusion(), where + "conclusion");
        }
        assertEquals(records, papers.size(), md.getFileName() + ": papers returned vs records");
        List<Problem> serious = digest.problems().stream()
                .filter(p -> p.severity() != dev.arxivdigest.model.Severity.INFO).toList();
        assertEquals(List.of(), serious, md.getFileName() + ": problems");
        String original = Files.readString(md, StandardCharsets.UTF_8);
        String written = DigestWriter.canonical().write(digest);
        if (!original.equals(written)) {
            int i = 0;
            while (i < Math.min(original.length(), written.length()) && original.charAt(i) == written.charAt(i)) {
                i++;
            }
            fail(md.getFileName() + ": round trip differs at offset " + i + ": expected <"
                    + excerpt(original, i) + "> but was <" + excerpt(written, i) + ">");
        }
    }

    private static String excerpt(String s, int i) {
        return s.substring(Math.max(0, i - 40), Math.min(s.length(), i + 40)).replace("\n", "\\n");
    }
}
