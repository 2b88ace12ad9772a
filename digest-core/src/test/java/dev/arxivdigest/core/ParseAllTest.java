package dev.arxivdigest.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Many files on all cores: input order, one bad file never stops the others. */
class ParseAllTest {

    @Test
    void resultsInInputOrderAndBadFilesDoNotStopOthers(@TempDir Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path f = dir.resolve("d" + i + ".md");
            String text = i == 5 ? "not a digest at all\n" : ProblemPositionsTest.THREE.replace("Title 1", "Title 1 of " + i);
            Files.writeString(f, text);
            files.add(f);
        }
        files.add(7, dir.resolve("missing.md"));
        ConcurrentLinkedQueue<ParsedFile> seen = new ConcurrentLinkedQueue<>();
        List<ParsedFile> results = DigestParser.builder().strict(true).build().parseAll(files, seen::add);
        assertEquals(files.size(), results.size());
        assertEquals(files.size(), seen.size());
        for (int i = 0; i < files.size(); i++) {
            assertEquals(files.get(i), results.get(i).path());
        }
        assertTrue(results.get(7).error().isPresent());
        assertTrue(results.get(5).digest().orElseThrow().hasErrors());
        assertEquals("Title 1 of 11", results.get(12).digest().orElseThrow().papers().get(0).title());
        assertEquals(3, results.get(0).digest().orElseThrow().papers().size());
    }
}
