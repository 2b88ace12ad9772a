package dev.arxivdigest.bench;

import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.model.Digest;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures the heap the parsed model retains against the input's UTF-8 size: parse the whole
 * corpus, keep every Digest, and compare used heap after full collections. Run:
 * {@code java -cp digest-bench/target/benchmarks.jar dev.arxivdigest.bench.RetainedSize}.
 */
public final class RetainedSize {

    private RetainedSize() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<byte[]> files = Corpus.load();
        long input = Corpus.size(files);
        DigestParser parser = DigestParser.builder().build();
        long before = used();
        List<Digest> kept = new ArrayList<>();
        for (byte[] b : files) {
            kept.add(parser.parse(b));
        }
        long after = used();
        long papers = kept.stream().mapToLong(d -> d.papers().size()).sum();
        System.out.printf("input %d bytes (UTF-8), %d papers; retained model %d bytes = %.2f x input%n",
                input, papers, after - before, (after - before) / (double) input);
        if (kept.isEmpty()) {
            System.out.println("nothing parsed");
        }
        Strings strings = new Strings();
        strings.walk(kept);
        System.out.printf("of which its %d distinct strings: %d bytes of characters (%.2f x input), %d with their "
                        + "String objects (%.2f x input), the least any model holding this text as Strings retains%n",
                strings.count, strings.arrays, strings.arrays / (double) input, strings.arrays + 24L * strings.count,
                (strings.arrays + 24L * strings.count) / (double) input);
    }

    /**
     * The strings a model reaches through its record components, lists, optionals and maps, each
     * instance counted once, sized as HotSpot stores them (compressed references: a 16-byte array
     * header, one byte per character when all are Latin-1, else two, rounded up to 8).
     */
    private static final class Strings {
        private final java.util.IdentityHashMap<Object, Boolean> seen = new java.util.IdentityHashMap<>();
        long count;
        long arrays;

        void walk(Object o) {
            if (o == null || o instanceof Enum<?> || o instanceof Number || o instanceof Boolean
                    || o instanceof java.time.temporal.Temporal || o instanceof Class<?> || seen.put(o, Boolean.TRUE) != null) {
                return;
            }
            if (o instanceof String str) {
                boolean latin1 = str.chars().allMatch(c -> c <= 0xFF);
                count++;
                arrays += (16 + (latin1 ? str.length() : 2L * str.length()) + 7) / 8 * 8;
            } else if (o instanceof Iterable<?> it) {
                it.forEach(this::walk);
            } else if (o instanceof java.util.Map<?, ?> m) {
                m.forEach((k, v) -> {
                    walk(k);
                    walk(v);
                });
            } else if (o instanceof java.util.Optional<?> opt) {
                opt.ifPresent(this::walk);
            } else if (o.getClass().isRecord()) {
                for (java.lang.reflect.RecordComponent rc : o.getClass().getRecordComponents()) {
                    try {
                        walk(rc.getAccessor().invoke(o));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    private static long used() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
