package dev.arxivdigest.core;

import dev.arxivdigest.model.Category;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's API example, compiled and run; and a check that the README shows exactly this code. */
class ReadmeExampleTest {

    static void example(Path path, PrintStream out) throws IOException {
        // README:begin
        DigestParser parser = DigestParser.builder().build();   // immutable, thread-safe, reusable
        Digest digest = parser.parse(path);                      // also parse(String|Reader|InputStream|byte[])

        for (Category category : digest.categories()) {
            out.println(category.name() + ": " + category.papers().size() + " papers");
        }
        Paper paper = digest.paper("2512.21349").orElseThrow();  // lookup by arXiv id, any version
        out.println(paper.title() + " by " + String.join(", ", paper.authors()));
        out.println("TL;DR: " + paper.tldr().orElse("(none)"));
        out.println("Method: " + paper.method().orElse("(none)"));

        for (Problem problem : digest.problems()) {              // problems are data, never exceptions
            out.println(problem);                                // e.g. 12:1: warning: paper-missing-tldr: ...
        }
        // README:end
    }

    @Test
    void exampleRuns(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sample.md");
        Files.writeString(file, SampleAndApiTest.sample());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        example(file, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("cs.LG: 54 papers", lines.get(0));
        assertEquals("cs.AI: 17 papers", lines.get(1));
        assertEquals("cs.IR: 5 papers", lines.get(2));
        assertEquals("Physics-Informed Neural Solvers for Periodic Quantum Eigenproblems by Haaris Mian", lines.get(3));
        assertTrue(lines.get(4).startsWith("TL;DR: 该论文提出了"), lines.get(4));
        assertTrue(lines.get(5).startsWith("Method: 使用神经网络"), lines.get(5));
        assertEquals(6, lines.size());
    }

    @Test
    void readmeDocumentsEveryProblemCode() throws IOException {
        String text = Files.readString(Path.of("..", "README.md"));
        for (dev.arxivdigest.model.ProblemCode c : dev.arxivdigest.model.ProblemCode.values()) {
            String row = "| `" + c.code() + "` | " + c.severity().name().toLowerCase(java.util.Locale.ROOT) + " |";
            assertTrue(text.contains(row), "README.md must document " + row);
        }
    }

    @Test
    void readmeShowsThisExample() throws IOException {
        Path readme = Path.of("..", "README.md");
        String source = Files.readString(Path.of("src/test/java/dev/arxivdigest/core/ReadmeExampleTest.java"));
        String block = source.substring(source.indexOf("// README:begin\n") + "// README:begin\n".length(),
                source.indexOf("        // README:end"));
        String unindented = block.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .reduce("", (a, b) -> a + b + "\n");
        String text = Files.readString(readme);
        assertTrue(text.contains(unindented), "README.md must contain the example exactly:\n" + unindented);
    }
}
