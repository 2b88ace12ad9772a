package dev.arxivdigest.bench;

import dev.arxivdigest.core.DigestParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The corpus concatenated 1, 4 and 16 times into one input: time per byte stays flat if parsing is
 * linear. A 12 GB heap with the parallel collector, so that collecting the previous model (16 copies
 * are 390 MB of input and a 0.6 GB model) does not dominate the largest size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms12g", "-Xmx12g", "-XX:+UseParallelGC", "-XX:+AlwaysPreTouch"})
public class ScalingBenchmark {

    @Param({"1", "4", "16"})
    public int copies;

    private byte[] input;
    private final DigestParser parser = DigestParser.builder().build();

    @Setup
    public void load() {
        List<byte[]> files = Corpus.load();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int c = 0; c < copies; c++) {
            for (byte[] b : files) {
                out.writeBytes(b);
            }
        }
        input = out.toByteArray();
        System.out.println("input bytes: " + input.length);
    }

    @Benchmark
    public Object parse() {
        return parser.parse(input);
    }
}
