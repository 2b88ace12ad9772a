package dev.arxivdigest.json;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the shared corpus ({@code ../shared/corpus} next to the checkout). Tests that need it
 * skip, with a message, when it is absent: a user's clone does not have it.
 */
final class SharedCorpusJson {

    private SharedCorpusJson() {
    }

    /** {@return the corpus directory, or null if there is none} */
    static Path find() {
        String prop = System.getProperty("arxivdigest.corpus");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 5 && dir != null; i++) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(candidate.resolve("upstream"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return null;
    }

    /**
     * {@return the corpus directory}. Without it, fails the calling test when
     * {@code -Dcorpus.required=true} (CI) and skips it otherwise.
     */
    static Path require() {
        Path p = find();
        if (p == null) {
            String why = "shared corpus not found (looked for shared/corpus above " + Path.of("").toAbsolutePath() + ")";
            if (Boolean.getBoolean("corpus.required")) {
                org.junit.jupiter.api.Assertions.fail(why + " but -Dcorpus.required=true");
            }
            Assumptions.abort(why + ": skipped");
        }
        return p;
    }

    /** {@return the sorted {@code .md} files of a corpus subdirectory} */
    static List<Path> markdown(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }
}
