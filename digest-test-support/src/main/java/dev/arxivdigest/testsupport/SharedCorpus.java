package dev.arxivdigest.testsupport;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the shared corpus ({@code ../shared/corpus} next to the checkout) for the tests of every
 * module, and the slice of it that digest-core keeps in its test resources. Tests that need the shared corpus skip, with a message on the console, when it is
 * absent (a user's clone does not have it); with {@code -Dcorpus.required=true} (CI, {@code .ci/run})
 * its absence is a failure instead.
 */
public final class SharedCorpus {

    /** The system property that turns a missing corpus into a test failure. */
    public static final String REQUIRED_PROPERTY = "corpus.required";

    private SharedCorpus() {
    }

    /** {@return the corpus directory, or null if there is none} */
    public static Path find() {
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

    /** {@return whether a missing corpus fails the tests that need it} */
    public static boolean required() {
        return Boolean.getBoolean(REQUIRED_PROPERTY);
    }

    /**
     * {@return the corpus directory}. Without it, fails the calling test when the corpus is required
     * and skips it (a JUnit assumption, counted as skipped) otherwise, printing why.
     */
    public static Path require() {
        Path p = find();
        if (p == null) {
            String why = "shared corpus not found (looked for shared/corpus above "
                    + Path.of("").toAbsolutePath() + ")";
            if (required()) {
                Assertions.fail(why + " but -D" + REQUIRED_PROPERTY + "=true");
            }
            System.out.println("SKIPPED: " + why + "; tests that read it are skipped");
            Assumptions.abort(why + ": skipped");
        }
        return p;
    }

    /**
     * {@return the tests {@code make} builds from the corpus}, or, without the corpus, one test named
     * {@code name} that skips (or fails, when required) so that the absence shows in the report
     * instead of {@code Tests run: 0}.
     *
     * @param name the name of the stand-in test when the corpus is absent
     * @param make builds the tests from the corpus directory
     * @throws IOException if {@code make} cannot read the corpus
     */
    public static List<DynamicTest> dynamicTests(String name, CorpusTests make) throws IOException {
        Path p = find();
        if (p == null) {
            return List.of(DynamicTest.dynamicTest(name + " (shared corpus absent)", SharedCorpus::require));
        }
        return make.build(p);
    }

    /** Builds dynamic tests from the corpus directory. */
    @FunctionalInterface
    public interface CorpusTests {
        /**
         * {@return the tests over {@code corpus}}
         *
         * @param corpus the corpus directory
         * @throws IOException if the corpus cannot be read
         */
        List<DynamicTest> build(Path corpus) throws IOException;
    }

    /**
     * {@return the corpus slice in the test resources on the class path ({@code /corpus}, with
     * {@code upstream/} and {@code forks/}); digest-core's tests have it}
     */
    public static Path slice() {
        URL url = SharedCorpus.class.getResource("/corpus/README.md");
        Assertions.assertNotNull(url, "the corpus slice is missing from test resources");
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@return the shared corpus directory if there is one} */
    public static Optional<Path> optional() {
        return Optional.ofNullable(find());
    }

    /**
     * {@return the sorted {@code .md} files of a corpus subdirectory, without {@code README.md}}
     *
     * @param dir the subdirectory
     * @throws IOException if it cannot be listed
     */
    public static List<Path> markdown(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
    }

    /**
     * {@return the subdirectories of {@code dir}, sorted}
     *
     * @param dir the directory
     */
    public static List<Path> directories(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
