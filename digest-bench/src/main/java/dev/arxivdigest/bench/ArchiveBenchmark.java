package dev.arxivdigest.bench;

import dev.arxivdigest.archive.ArchiveStream;
import dev.arxivdigest.archive.ArchivedPaper;
import dev.arxivdigest.archive.DigestArchive;
import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.core.ParsedFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The archive against {@link DigestParser#parseAll(List)} on the same files: the 40 upstream
 * digests of the shared corpus, read from disk (the page cache) on all cores. One operation reads
 * every paper of every file.
 *
 * <ul>
 *   <li>{@code parseAll}: the parser's own many-files call, the baseline;</li>
 *   <li>{@code archiveMarkdown}: an archive over a directory holding only those 40 digests (the
 *       same work, streamed in order with bounded look-ahead); target at least 0.9x parseAll;</li>
 *   <li>{@code archiveJoined}: the archive over upstream's layout, each paper joined with its
 *       record (the 40 records files, about as large again, are read too).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 8, time = 3)
@Fork(value = 2, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ArchiveBenchmark {

    private final DigestParser parser = DigestParser.builder().build();
    private Path markdownOnly;
    private List<Path> files;
    private DigestArchive markdownArchive;
    private DigestArchive joinedArchive;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        Path upstream = Corpus.directory();
        markdownOnly = Files.createTempDirectory("archive-bench");
        try (Stream<Path> s = Files.list(upstream)) {
            for (Path p : s.filter(x -> x.getFileName().toString().endsWith(".md")).sorted().toList()) {
                Files.copy(p, markdownOnly.resolve(p.getFileName()));
            }
        }
        try (Stream<Path> s = Files.list(markdownOnly)) {
            files = s.sorted().toList();
        }
        markdownArchive = DigestArchive.builder().addSource("upstream", markdownOnly).build();
        joinedArchive = DigestArchive.builder().addSource("upstream", upstream).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(markdownOnly)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public long parseAll() {
        long papers = 0;
        for (ParsedFile f : parser.parseAll(files)) {
            papers += f.digest().orElseThrow().papers().size();
        }
        return papers;
    }

    @Benchmark
    public long archiveMarkdown() {
        return count(markdownArchive);
    }

    @Benchmark
    public long archiveJoined() {
        return count(joinedArchive);
    }

    private static long count(DigestArchive archive) {
        long papers = 0;
        try (ArchiveStream<ArchivedPaper> s = archive.papers()) {
            for (ArchivedPaper p : s) {
                papers += p.sighting().position() > 0 ? 1 : 0;
            }
        }
        return papers;
    }
}
