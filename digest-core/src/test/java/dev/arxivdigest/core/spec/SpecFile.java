package dev.arxivdigest.core.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the examples of spec files and rewrites their expected blocks (the format is described in
 * {@code src/test/resources/spec/README.md}).
 *
 * <p>An example starts at a {@code ##} heading, its title; prose may follow; then an input block
 * fenced by {@value #FENCE} {@code input} (optionally {@code eol=crlf} or {@code eol=cr}, and
 * {@code max-paper-length=N} for a parser with that paper length limit) and an
 * expected block fenced by {@value #FENCE} {@code expected}. A block ends at a line that is the
 * bare fence.
 */
final class SpecFile {

    /** The input option that sets the parser's paper length limit: {@code max-paper-length=300}. */
    static final String MAX_PAPER_LENGTH = " max-paper-length=";

    /** The fence of input and expected blocks: sixteen backticks. */
    static final String FENCE = "````````````````";

    private SpecFile() {
    }

    /**
     * Reads every example of every {@code .md} file under a directory, except {@code README.md}.
     *
     * @param dir the spec directory
     * @return the examples, files in path order, examples in file order
     */
    static List<SpecExample> readAll(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<SpecExample> all = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList()) {
                all.addAll(read(dir, dir.relativize(f)));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the examples of one file.
     *
     * @param dir the spec directory
     * @param file the file, relative to {@code dir}
     * @return its examples in order
     */
    static List<SpecExample> read(Path dir, Path file) {
        List<String> lines = lines(dir.resolve(file));
        List<SpecExample> examples = new ArrayList<>();
        String title = null;
        List<String> input = null;
        SpecInput.Eol eol = SpecInput.Eol.LF;
        int maxPaperLength = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                if (title != null) {
                    examples.add(example(file, examples.size(), title, input, eol, maxPaperLength, null));
                }
                title = line.substring(3).strip();
                input = null;
            } else if (line.startsWith(FENCE + " input")) {
                check(title != null && input == null, file, i, "input block outside an example or twice in one");
                String options = line.substring(FENCE.length() + " input".length());
                maxPaperLength = 0;
                int limit = options.indexOf(MAX_PAPER_LENGTH);
                if (limit >= 0) {
                    String value = options.substring(limit + MAX_PAPER_LENGTH.length()).split(" ", 2)[0];
                    maxPaperLength = Integer.parseInt(value);
                    options = (options.substring(0, limit) + options.substring(limit + MAX_PAPER_LENGTH.length()
                            + value.length())).stripTrailing();
                    options = options.isBlank() ? "" : " " + options.strip();
                }
                eol = eolOf(options, file, i);
                int end = blockEnd(lines, i, file);
                input = lines.subList(i + 1, end);
                i = end;
            } else if (line.equals(FENCE + " expected")) {
                check(input != null, file, i, "expected block before the input block");
                int end = blockEnd(lines, i, file);
                examples.add(example(file, examples.size(), title, input, eol, maxPaperLength,
                        String.join("\n", lines.subList(i + 1, end)) + (end > i + 1 ? "\n" : "")));
                title = null;
                input = null;
                i = end;
            }
        }
        if (title != null) {
            examples.add(example(file, examples.size(), title, input, eol, maxPaperLength, null));
        }
        return examples;
    }

    /**
     * Replaces the expected block of one example with a new dump, or adds one after its input block.
     *
     * @param dir the spec directory
     * @param example the example, as read
     * @param dump the new expected dump, each line ending in a newline
     */
    static void rewrite(Path dir, SpecExample example, String dump) {
        Path path = dir.resolve(example.file());
        List<String> lines = new ArrayList<>(lines(path));
        int seen = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith(FENCE + " ")) {
                i = blockEnd(lines, i, example.file());
                continue;
            }
            if (!line.startsWith("## ") || ++seen != example.ordinal()) {
                continue;
            }
            int j = i + 1;
            while (!lines.get(j).startsWith(FENCE + " input")) {
                j++;
            }
            int inputEnd = blockEnd(lines, j, example.file());
            List<String> block = new ArrayList<>();
            block.add(FENCE + " expected");
            block.addAll(dump.lines().toList());
            block.add(FENCE);
            int k = inputEnd + 1;
            while (k < lines.size() && lines.get(k).isBlank()) {
                k++;
            }
            if (k < lines.size() && lines.get(k).equals(FENCE + " expected")) {
                int expectedEnd = blockEnd(lines, k, example.file());
                lines.subList(k, expectedEnd + 1).clear();
                lines.addAll(k, block);
            } else {
                block.add(0, "");
                lines.addAll(inputEnd + 1, block);
            }
            try {
                Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        throw new IllegalStateException("example " + example + " not found in " + path);
    }

    private static SpecExample example(Path file, int ordinal, String title, List<String> input, SpecInput.Eol eol,
                                       int maxPaperLength, String expected) {
        if (input == null) {
            throw new IllegalArgumentException(file + ": example '" + title + "' has no input block");
        }
        return new SpecExample(file, ordinal, title, SpecInput.decode(input, eol), maxPaperLength,
                expected == null ? "" : expected);
    }

    private static SpecInput.Eol eolOf(String option, Path file, int line) {
        for (SpecInput.Eol eol : SpecInput.Eol.values()) {
            if (eol.fenceOption().equals(option)) {
                return eol;
            }
        }
        throw new IllegalArgumentException(file + ":" + (line + 1) + ": unknown input option '" + option.strip() + "'");
    }

    private static int blockEnd(List<String> lines, int open, Path file) {
        for (int i = open + 1; i < lines.size(); i++) {
            if (lines.get(i).equals(FENCE)) {
                return i;
            }
        }
        throw new IllegalArgumentException(file + ":" + (open + 1) + ": block not closed");
    }

    private static void check(boolean ok, Path file, int line, String message) {
        if (!ok) {
            throw new IllegalArgumentException(file + ":" + (line + 1) + ": " + message);
        }
    }

    private static List<String> lines(Path path) {
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (text.indexOf('\r') >= 0) {
                throw new IllegalArgumentException(path + ": a spec file has LF line endings; write ⟨CR⟩ in inputs");
            }
            List<String> lines = List.of(text.split("\n", -1));
            return text.endsWith("\n") ? lines.subList(0, lines.size() - 1) : lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
