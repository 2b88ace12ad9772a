package dev.arxivdigest.core;

import dev.arxivdigest.testsupport.SharedCorpus;

import com.fasterxml.jackson.databind.JsonNode;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Section;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generality over the fork samples: every paper whose link appears in the file is returned, and every
 * record value of at least 24 characters that the markdown shows is recovered as one whole field,
 * section value or list item (whitespace aside). Prints the per-fork figures. Skips without the corpus.
 */
class ForkDialectTest {

    private static final DigestParser PARSER = DigestParser.builder().build();

    @TestFactory
    List<DynamicTest> everyForkSample() throws IOException {
        return SharedCorpus.dynamicTests("everyForkSample", corpus -> {
            List<DynamicTest> tests = ForkSamples.tests(corpus.resolve("forks"), (name, md) -> check(md));
            assertEquals(9, tests.size(), "the nine fork samples of the shared corpus");
            return tests;
        });
    }

    static String squash(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static void check(Path md) throws IOException {
        String markdown = Files.readString(md, StandardCharsets.UTF_8);
        String squashedMd = squash(markdown);
        Digest digest = PARSER.parse(md);
        List<Paper> papers = digest.papers();
        int shownRecords = 0;
        int returned = 0;
        int shownValues = 0;
        int recovered = 0;
        List<String> misses = new ArrayList<>();
        for (ForkSamples.Shown entry : ForkSamples.shownRecords(md, markdown)) {
            JsonNode r = entry.record();
            String abs = entry.abs();
            shownRecords++;
            // a record can be repeated in a digest (with different AI text): any paper with its link counts
            Paper paper = null;
            Set<String> candidates = new HashSet<>();
            for (Paper p : papers) {
                if (p.link().equals(abs)) {
                    paper = paper == null ? p : paper;
                    candidates.addAll(candidates(p));
                }
            }
            if (paper == null) {
                misses.add("paper not returned: " + abs);
                continue;
            }
            returned++;
            List<String> values = new ArrayList<>();
            collect(r, values);
            for (String v : values) {
                String sv = squash(v);
                if (v.length() < 24 || !squashedMd.contains(sv)) {
                    continue;
                }
                shownValues++;
                if (candidates.contains(sv)) {
                    recovered++;
                } else if (misses.size() < 8) {
                    misses.add("line " + paper.line() + ": not recovered: " + v.substring(0, Math.min(80, v.length())));
                }
            }
        }
        System.out.printf("fork %-60s records shown %4d returned %4d | values shown %5d recovered %5d (%.1f%%)%n",
                md.getParent().getFileName() + "/" + md.getFileName(), shownRecords, returned, shownValues, recovered,
                shownValues == 0 ? 100.0 : 100.0 * recovered / shownValues);
        assertEquals(shownRecords, returned, String.join("\n", misses));
        assertEquals(shownValues, recovered, String.join("\n", misses));
    }

    private static Set<String> candidates(Paper p) {
        Set<String> c = new HashSet<>();
        c.add(squash(p.title()));
        c.add(squash(p.link()));
        p.authors().forEach(a -> c.add(squash(a)));
        c.add(squash(String.join(",", p.authors())));
        for (Section s : p.allSections()) {
            c.add(squash(s.text()));
            s.items().forEach(i -> c.add(squash(i)));
        }
        p.attributes().values().values().forEach(v -> strings(v, c));
        p.details().ifPresent(d -> d.attributes().values().values().forEach(v -> strings(v, c)));
        return c;
    }

    /** Strings inside an extracted value: a string, list elements, record components. */
    private static void strings(Object v, Set<String> out) {
        if (v instanceof String s) {
            out.add(squash(s));
        } else if (v instanceof List<?> l) {
            l.forEach(x -> strings(x, out));
        } else if (v instanceof Record r) {
            for (java.lang.reflect.RecordComponent rc : r.getClass().getRecordComponents()) {
                try {
                    strings(rc.getAccessor().invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    private static void collect(JsonNode n, List<String> out) {
        if (n.isTextual()) {
            out.add(n.asText());
        } else if (n.isArray() || n.isObject()) {
            n.forEach(child -> collect(child, out));
        }
    }
}
