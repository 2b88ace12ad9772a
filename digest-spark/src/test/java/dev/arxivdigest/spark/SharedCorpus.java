package dev.arxivdigest.spark;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared corpus ({@code ../shared/corpus} next to the checkout). Tests that need it
 * skip, with a message, when it is absent (a user's clone does not have it); with
 * {@code -Dcorpus.required=true} (CI) its absence is a failure instead.
 */
final class SharedCorpus {

    private SharedCorpus() {
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

    /** {@return whether a missing corpus fails the tests that need it ({@code -Dcorpus.required=true}, as CI runs)} */
    static boolean required() {
        return Boolean.getBoolean("corpus.required");
    }

    /**
     * {@return the corpus directory}. Without it, fails the calling test when the corpus is required
     * and skips it (counted as skipped) otherwise, printing why.
     */
    static Path require() {
        Path p = find();
        if (p == null) {
            String why = "shared corpus not found (looked for shared/corpus above " + Path.of("").toAbsolutePath() + ")";
            if (required()) {
                Assertions.fail(why + " but -Dcorpus.required=true");
            }
            System.out.println("SKIPPED: " + why + "; tests that read it are skipped");
            Assumptions.abort(why + ": skipped");
        }
        return p;
    }
}
