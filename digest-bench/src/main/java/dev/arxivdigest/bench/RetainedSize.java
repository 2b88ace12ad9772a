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
