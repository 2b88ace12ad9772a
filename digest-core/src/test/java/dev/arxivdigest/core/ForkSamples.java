package dev.arxivdigest.core;

import dev.arxivdigest.testsupport.SharedCorpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fork samples of a corpus as {@link ForkFieldsTest} and {@link ForkDialectTest} read them: one
 * dynamic test per markdown file of each fork's directory, named {@code fork/file.md}, and the
 * records of the sample's {@code .source.jsonl} that its markdown shows (whose {@code abs} link it
 * holds).
 */
final class ForkSamples {

    static final ObjectMapper JSON = new ObjectMapper();

    private ForkSamples() {
    }

    /** Checks one sample. */
    @FunctionalInterface
    interface Check {
        void check(String name, Path md) throws IOException;
    }

    /** A record of a sample's source that the markdown shows, and its {@code abs} link. */
    record Shown(JsonNode record, String abs) {
    }

    /** {@return one test per sample below {@code forks}, in order of fork and file} */
    static List<DynamicTest> tests(Path forks, Check check) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : SharedCorpus.directories(forks)) {
            for (Path md : SharedCorpus.markdown(dir)) {
                String name = dir.getFileName() + "/" + md.getFileName();
                tests.add(DynamicTest.dynamicTest(name, () -> check.check(name, md)));
            }
        }
        return tests;
    }

    /** {@return the records of the sample's source whose {@code abs} link {@code markdown} shows, in order} */
    static List<Shown> shownRecords(Path md, String markdown) throws IOException {
        Path source = md.resolveSibling(md.getFileName().toString().replace(".md", ".source.jsonl"));
        List<Shown> shown = new ArrayList<>();
        for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode r = JSON.readTree(line);
            String abs = r.path("abs").asText("");
            if (!abs.isEmpty() && markdown.contains("(" + abs + ")")) {
                shown.add(new Shown(r, abs));
            }
        }
        return shown;
    }
}
