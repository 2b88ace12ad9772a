package dev.arxivdigest.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Loads the upstream corpus once: system property {@code corpus}, default {@code ../shared/corpus/upstream}. */
final class Corpus {

    private Corpus() {
    }

    /** {@return the upstream corpus directory} @throws IllegalStateException if there is none */
    static Path directory() {
        String prop = System.getProperty("corpus");
        Path dir = prop != null ? Path.of(prop) : find();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalStateException("corpus not found: pass -Dcorpus=/path/to/shared/corpus/upstream");
        }
        return dir;
    }

    static List<byte[]> load() {
        List<byte[]> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(directory())) {
            for (Path p : s.filter(x -> x.toString().endsWith(".md")).sorted().toList()) {
                files.add(Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static Path find() {
        Path d = Path.of("").toAbsolutePath();
        for (int i = 0; i < 5 && d != null; i++) {
            Path c = d.resolve("shared/corpus/upstream");
            if (Files.isDirectory(c)) {
                return c;
            }
            d = d.getParent();
        }
        return null;
    }

    static long size(List<byte[]> files) {
        long n = 0;
        for (byte[] b : files) {
            n += b.length;
        }
        return n;
    }

    /**
     * Decodes each line of a UTF-8 input on its own, as a parser that decodes only value ranges
     * would; returns the total length, to keep the strings alive until counted.
     *
     * @param b the input
     * @return the number of characters decoded
     */
    public static long decodeLines(byte[] b) {
        long n = 0;
        int start = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                n += new String(b, start, i - start, java.nio.charset.StandardCharsets.UTF_8).length();
                start = i + 1;
            }
        }
        return n + new String(b, start, b.length - start, java.nio.charset.StandardCharsets.UTF_8).length();
    }
}
