package dev.arxivdigest.core.spec;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.model.Category;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every example of the spec files under {@code src/test/resources/spec}: the input is parsed
 * with {@code parse(byte[])} and with {@code stream(...)}, and each result's {@link ModelDump}
 * must equal the example's expected block (a unified diff is shown when it does not).
 *
 * <p>With {@code -Dspec.rewrite=true} the expected blocks are rewritten from what the parser
 * produces instead of compared (streaming must still agree): review the change with {@code git diff}
 * before committing it.
 */
class SpecTest {

    /** The spec files in the source tree (rewriting edits them there), from the module or the project root. */
    private static final Path DIR = Path.of(System.getProperty("spec.dir",
            Files.isDirectory(Path.of("src/test/resources/spec")) ? "src/test/resources/spec"
                    : "digest-core/src/test/resources/spec"));
    private static final boolean REWRITE = Boolean.getBoolean("spec.rewrite");
    private static final DigestParser PARSER = DigestParser.builder().build();

    static List<SpecExample> examples() {
        assertTrue(Files.isDirectory(DIR), "spec directory " + DIR.toAbsolutePath() + " not found (set -Dspec.dir)");
        List<SpecExample> all = SpecFile.readAll(DIR);
        assertFalse(all.isEmpty(), "no spec example under " + DIR);
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(SpecExample example) throws IOException {
        DigestParser parser = example.maxPaperLength() > 0
                ? DigestParser.builder().maxPaperLength(example.maxPaperLength()).build() : PARSER;
        String parsed = ModelDump.of(parser.parse(example.input()));
        String streamed = ModelDump.of(streamed(parser, example.input()));
        if (REWRITE) {
            if (!parsed.equals(example.expected())) {
                SpecFile.rewrite(DIR, example, parsed);
            }
        } else {
            assertDump(example, "expected", example.expected(), "parse(byte[])", parsed);
        }
        assertDump(example, "parse(byte[])", parsed, "stream(InputStream)", streamed);
    }

    /**
     * Streams the input and puts the papers back into the categories whose span holds them, which
     * gives the digest that {@code parse} returns when both agree.
     */
    private static Digest streamed(DigestParser parser, byte[] input) throws IOException {
        List<Paper> papers;
        Digest document;
        try (DigestParser.PaperStream stream = parser.stream(new ByteArrayInputStream(input))) {
            papers = stream.papers().toList();
            document = stream.digest();
        }
        List<Category> shells = document.categories();
        assertTrue(papers.isEmpty() || !shells.isEmpty(), "streamed papers but no category");
        List<List<Paper>> placed = new ArrayList<>();
        shells.forEach(c -> placed.add(new ArrayList<>()));
        for (Paper p : papers) {
            int home = 0;
            for (int i = 0; i < shells.size(); i++) {
                if (shells.get(i).span().startOffset() <= p.span().startOffset()) {
                    home = i;
                }
            }
            placed.get(home).add(p);
        }
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < shells.size(); i++) {
            Category c = shells.get(i);
            assertEquals(List.of(), c.papers(), "streamed categories come without papers");
            categories.add(new Category(c.name(), c.anchor(), c.declaredTotal(), placed.get(i), c.span()));
        }
        return new Digest(document.title(), document.date(), document.toc(), categories, document.problems());
    }

    private static void assertDump(SpecExample example, String wanted, String expected, String how, String actual) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(wanted, how, expected.lines().toList(),
                DiffUtils.diff(expected.lines().toList(), actual.lines().toList()), 2);
        String hint = wanted.equals("expected") ? " (if the change is intended, rewrite with -Dspec.rewrite=true)" : "";
        throw new AssertionFailedError(example + ": the dump of " + how + " differs from the " + wanted
                + (wanted.equals("expected") ? " block" : " dump") + hint + ":\n" + String.join("\n", diff),
                expected, actual);
    }
}
