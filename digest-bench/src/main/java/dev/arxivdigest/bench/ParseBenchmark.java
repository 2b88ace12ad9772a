package dev.arxivdigest.bench;

import com.vladsch.flexmark.parser.Parser;
import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.core.PaperStream;
import dev.arxivdigest.core.internal.DecoderFloor;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One operation = the whole upstream corpus (40 digests, about 20 MB) once. MB/s = corpus size /
 * time per operation; allocation per input byte = gc.alloc.rate.norm / corpus size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 8, time = 3)
@Fork(value = 2, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ParseBenchmark {

    private List<byte[]> files;
    private ModelCopy model;
    private final DigestParser parser = DigestParser.builder().build();
    private final Parser flexmark = Parser.builder().build();
    private final DecoderFloor decoder = new DecoderFloor();
    private final org.commonmark.parser.Parser commonmark = org.commonmark.parser.Parser.builder().build();

    @Setup
    public void load() {
        files = Corpus.load();
        model = new ModelCopy(files.stream().map(parser::parse).toList());
        System.out.println("corpus bytes: " + Corpus.size(files));
    }

    /** Ours, end to end from bytes: decode, parse, build the model. */
    @Benchmark
    public void oursFromBytes(Blackhole bh) {
        for (byte[] b : files) {
            bh.consume(parser.parse(b));
        }
    }

    /** Ours, streaming paper by paper from a byte stream. */
    @Benchmark
    public void oursStreaming(Blackhole bh) throws IOException {
        for (byte[] b : files) {
            try (PaperStream s = parser.stream(new ByteArrayInputStream(b))) {
                for (Paper p : s) {
                    bh.consume(p);
                }
            }
        }
    }

    /** flexmark-java, whole-file markdown parse (decoding included). */
    @Benchmark
    public void flexmark(Blackhole bh) {
        for (byte[] b : files) {
            bh.consume(flexmark.parse(new String(b, StandardCharsets.UTF_8)));
        }
    }

    /** commonmark-java, whole-file markdown parse (decoding included). */
    @Benchmark
    public void commonmark(Blackhole bh) {
        for (byte[] b : files) {
            bh.consume(commonmark.parse(new String(b, StandardCharsets.UTF_8)));
        }
    }

    /**
     * The floor of decoding only value ranges: each line decoded on its own (values are nearly all
     * of a digest's text, and a value is a line or a run of lines). Pure-ASCII lines take the JDK's
     * Latin-1 path, which a whole-file decode loses at the file's first CJK character.
     */
    @Benchmark
    public void decodeLineRanges(Blackhole bh) {
        for (byte[] b : files) {
            bh.consume(Corpus.decodeLines(b));
        }
    }

    /**
     * The parser's own decoder alone: {@code parse(byte[])}'s decoding of the input into its reused
     * character window, and finding the line ends, with nothing parsed.
     */
    @Benchmark
    public void ourDecoder(Blackhole bh) {
        for (byte[] b : files) {
            bh.consume(decoder.decode(b, false));
        }
    }

    /** The parser's decoder and one string per line: the least a parser that returns the text as strings does. */
    @Benchmark
    public void ourDecoderAndLineStrings(Blackhole bh) {
        for (byte[] b : files) {
            bh.consume(decoder.decode(b, true));
        }
    }

    /**
     * The model's records alone: every parsed paper built again from its parts laid out in flat
     * arrays (its strings reused), with its sections, details and spans; what {@code parse} builds
     * on top of the text.
     */
    @Benchmark
    public void modelRecordsOnly(Blackhole bh) {
        bh.consume(model.build());
    }

    /** The floor: reading the bytes into Strings. */
    @Benchmark
    public void readDecode(Blackhole bh) {
        for (byte[] b : files) {
            bh.consume(new String(b, StandardCharsets.UTF_8));
        }
    }
}
