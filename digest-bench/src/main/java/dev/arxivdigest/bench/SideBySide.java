package dev.arxivdigest.bench;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Two or more builds of the parser side by side in one JVM: each benchmarks jar given is loaded in
 * its own class loader, and every round parses the upstream corpus with each of them (and decodes it
 * with {@code new String(bytes, UTF_8)}) in a rotating order, then streams it with each. Prints the
 * median CPU time of the parsing thread per build, which the machine's load and the collector's
 * threads disturb less than elapsed time. For comparing a change with the code before it.
 *
 * <p>{@code java -Xms3g -Xmx3g -cp digest-bench/target/benchmarks.jar dev.arxivdigest.bench.SideBySide
 * ROUNDS before.jar after.jar}; {@code -Dcorpus=DIR} as for JMH.
 */
public final class SideBySide {

    private SideBySide() {
    }

    /**
     * Runs the comparison.
     *
     * @param args the number of measured rounds, then the jars
     * @throws Exception if a jar cannot be loaded or a parse fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        int k = args.length - 1;
        List<byte[]> files = Corpus.load();
        Object[] parsers = new Object[k];
        Method[] parse = new Method[k];
        Method[] stream = new Method[k];
        for (int j = 0; j < k; j++) {
            URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[j + 1]).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> c = loader.loadClass("dev.arxivdigest.core.DigestParser");
            Object builder = c.getMethod("builder").invoke(null);
            parsers[j] = builder.getClass().getMethod("build").invoke(builder);
            parse[j] = c.getMethod("parse", byte[].class);
            stream[j] = c.getMethod("stream", java.io.InputStream.class);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] parsing = new long[k + 1][rounds];
        long[][] streaming = new long[k][rounds];
        long sink = 0;
        int warmup = 8;
        for (int r = -warmup; r < rounds; r++) {
            for (int j = 0; j <= k; j++) {
                int c = Math.floorMod(r + j, k + 1); // rotate the order
                long t0 = threads.getCurrentThreadCpuTime();
                for (byte[] b : files) {
                    sink += c == k ? new String(b, StandardCharsets.UTF_8).length()
                            : parse[c].invoke(parsers[c], (Object) b).hashCode();
                }
                long t1 = threads.getCurrentThreadCpuTime();
                if (r >= 0) {
                    parsing[c][r] = t1 - t0;
                }
            }
            for (int j = 0; j < k; j++) {
                long t0 = threads.getCurrentThreadCpuTime();
                for (byte[] b : files) {
                    try (AutoCloseable s = (AutoCloseable) stream[j].invoke(parsers[j], new ByteArrayInputStream(b))) {
                        Iterator<?> it = ((Iterable<?>) s).iterator();
                        while (it.hasNext()) {
                            sink += it.next().hashCode() & 1;
                        }
                    }
                }
                long t1 = threads.getCurrentThreadCpuTime();
                if (r >= 0) {
                    streaming[j][r] = t1 - t0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "corpus: %d files, %d bytes; %d warm-up rounds, %d measured (sink %d)%n",
                files.size(), Corpus.size(files), warmup, rounds, sink);
        for (int j = 0; j < k; j++) {
            System.out.printf(Locale.ROOT, "%-50s parse %7.1f ms  stream %7.1f ms (CPU, median)%n", args[j + 1],
                    median(parsing[j]) / 1e6, median(streaming[j]) / 1e6);
        }
        System.out.printf(Locale.ROOT, "%-50s       %7.1f ms%n", "new String(bytes, UTF_8)", median(parsing[k]) / 1e6);
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
