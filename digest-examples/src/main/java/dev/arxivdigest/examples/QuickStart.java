package dev.arxivdigest.examples;

import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.model.Category;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The smallest useful program: parses a digest and prints, for each category, its paper count and
 * the title and TL;DR of its first paper.
 *
 * <p>Run it with no argument to parse the bundled sample digest, or with the path of a digest file.
 */
public final class QuickStart {

    private QuickStart() {
    }

    /**
     * Parses the bundled sample, or the file named by the first argument, and prints a summary.
     *
     * @param args optionally, the path of a digest file
     * @throws IOException if the digest cannot be read
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        DigestParser parser = DigestParser.builder().build();
        Digest digest;
        if (args.length > 0) {
            digest = parser.parse(Path.of(args[0]));
        } else {
            try (InputStream in = QuickStart.class.getResourceAsStream("/dev/arxivdigest/examples/sample.md")) {
                if (in == null) {
                    throw new IOException("bundled sample.md not found on the class path");
                }
                digest = parser.parse(in);
            }
        }
        for (Category category : digest.categories()) {
            String name = category.isUnnamed() ? "(no category)" : category.name();
            out.println(name + ": " + category.papers().size() + " papers");
            if (!category.papers().isEmpty()) {
                Paper first = category.papers().get(0);
                out.println("  first: " + first.title());
                out.println("  TL;DR: " + first.tldr().orElse("(none)"));
            }
        }
        out.println("problems: " + digest.problems().size());
    }
}
