package dev.arxivdigest.bench;

import com.vladsch.flexmark.parser.Parser;
import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.core.PaperStream;
import dev.arxivdigest.core.internal.DecoderFloor;
import dev.arxivdigest.model.Paper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The contenders of {@link ParseBenchmark} run interleaved in one JVM: each round runs every
 * contender once over the whole upstream corpus, in an order that rotates from round to round, so
 * that all of them see the same machine load, JIT state and heap. Prints the median time of each
 * and, for each ratio, the median of the per-round ratios, and the bytes each allocates per input
 * byte. Not a JMH benchmark: a check that the JMH ratios hold side by side.
 *
 * <p>{@code java -cp digest-bench/target/benchmarks.jar dev.arxivdigest.bench.InterleavedComparison
 * [warm-up rounds] [measured rounds]} (defaults 10 and 20); {@code -Dcorpus=DIR} as for JMH.
 */
public final class InterleavedComparison {

    private InterleavedComparison() {
    }

    /** One contender: runs over the whole corpus and returns something to keep alive. */
    private interface Contender {
        long run(List<byte[]> files);
    }

    /**
     * Runs the comparison.
     *
     * @param args warm-up rounds and measured rounds
     */
    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<byte[]> files = Corpus.load();
        long size = Corpus.size(files);
        DigestParser parser = DigestParser.builder().build();
        Parser flexmark = Parser.builder().build();
        DecoderFloor decoder = new DecoderFloor();
        ModelCopy model = new ModelCopy(files.stream().map(parser::parse).toList());
        String[] names = {"readDecode", "oursFromBytes", "oursStreaming", "flexmark", "decodeLineRanges", "ourDecoder",
            "ourDecoder+lines", "modelRecordsOnly"};
        Contender[] contenders = {
            fs -> {
                long n = 0;
                for (byte[] b : fs) {
                    n += new String(b, StandardCharsets.UTF_8).length();
                }
                return n;
            },
            fs -> {
                long n = 0;
                for (byte[] b : fs) {
                    n += parser.parse(b).papers().size();
                }
                return n;
            },
            fs -> {
                long n = 0;
                for (byte[] b : fs) {
                    try (PaperStream s = parser.stream(new ByteArrayInputStream(b))) {
                        for (Paper p : s) {
                            n += p.title().length();
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return n;
            },
            fs -> {
                long n = 0;
                for (byte[] b : fs) {
                    n += flexmark.parse(new String(b, StandardCharsets.UTF_8)).getTextLength();
                }
                return n;
            },
            fs -> {
                long n = 0;
                for (byte[] b : fs) {
                    n += Corpus.decodeLines(b);
                }
                return n;
            },
            fs -> {
                long n = 0;
                for (byte[] b : fs) {
                    n += decoder.decode(b, false);
                }
                return n;
            },
            fs -> {
                long n = 0;
                for (byte[] b : fs) {
                    n += decoder.decode(b, true);
                }
                return n;
            },
            fs -> model.build(),
        };
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        int k = contenders.length;
        long[][] nanos = new long[k][rounds];
        long[][] alloc = new long[k][rounds];
        long sink = 0;
        for (int r = -warmup; r < rounds; r++) {
            for (int j = 0; j < k; j++) {
                int c = Math.floorMod(r + j, k); // rotate the order
                long a0 = threads.getThreadAllocatedBytes(tid);
                long t0 = System.nanoTime();
                sink += contenders[c].run(files);
                long t1 = System.nanoTime();
                long a1 = threads.getThreadAllocatedBytes(tid);
                if (r >= 0) {
                    nanos[c][r] = t1 - t0;
                    alloc[c][r] = a1 - a0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "corpus: %d files, %d bytes; %d warm-up rounds, %d measured (sink %d)%n",
                files.size(), size, warmup, rounds, sink);
        System.out.printf(Locale.ROOT, "%-17s %10s %10s %12s%n", "contender", "median ms", "MB/s", "B/input B");
        for (int c = 0; c < k; c++) {
            double ms = median(nanos[c]) / 1e6;
            System.out.printf(Locale.ROOT, "%-17s %10.1f %10.0f %12.2f%n", names[c], ms, size / 1e6 / (ms / 1e3),
                    median(alloc[c]) / (double) size);
        }
        System.out.println("median of per-round ratios (higher is faster for the first):");
        ratio("oursFromBytes vs flexmark (speed-up)", nanos[3], nanos[1]);
        ratio("oursFromBytes vs readDecode (speed)", nanos[0], nanos[1]);
        ratio("oursStreaming vs oursFromBytes (speed)", nanos[1], nanos[2]);
        ratio("decodeLineRanges vs readDecode (speed)", nanos[0], nanos[4]);
        ratio("ourDecoder vs readDecode (speed)", nanos[0], nanos[5]);
        ratio("ourDecoder+lines vs readDecode (speed)", nanos[0], nanos[6]);
        ratio("ourDecoder vs oursFromBytes (speed)", nanos[1], nanos[5]);
        ratio("modelRecordsOnly vs readDecode (speed)", nanos[0], nanos[7]);
    }

    /** Prints the median over rounds of {@code slower[r] / faster[r]}: how many times faster the second is. */
    private static void ratio(String what, long[] other, long[] ours) {
        double[] q = new double[ours.length];
        for (int r = 0; r < ours.length; r++) {
            q[r] = other[r] / (double) ours[r];
        }
        Arrays.sort(q);
        System.out.printf(Locale.ROOT, "  %-42s %.2fx (min %.2fx, max %.2fx)%n", what, q[q.length / 2], q[0],
                q[q.length - 1]);
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
