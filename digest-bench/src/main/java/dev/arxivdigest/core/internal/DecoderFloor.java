package dev.arxivdigest.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The part of {@code parse(byte[])} that is decoding: the parser's own {@link TextSource} decoding
 * an input into a reused 16 K character window, as {@link ChunkReader} has it do, and finding its
 * line ends, with nothing parsed; optionally also making one string per line, the least a parser
 * returning the text as strings does on top. For the benchmarks only: it sits in the internal
 * package (the benchmarks run on the class path) to reach what the library does not export.
 */
public final class DecoderFloor {

    private final char[] window = new char[16 * 1024];
    private final int[] controls = new int[16 * 1024];
    private int controlCount;
    private final TextSource.Marks marks = new TextSource.Marks() {
        @Override
        public void replaced(int index) {
            // counted as a character like any other
        }

        @Override
        public void control(int index) {
            controls[controlCount++] = index;
        }
    };

    /**
     * Decodes an input.
     *
     * @param input UTF-8 bytes
     * @param strings whether to make a string of each line too
     * @return the number of characters and line ends seen, to keep the work alive
     */
    public long decode(byte[] input, boolean strings) {
        TextSource source = TextSource.utf8(input);
        long seen = 0;
        try {
            int n;
            while ((n = source.read(window, 0, window.length, marks)) > 0) {
                seen += n + controlCount;
                if (strings) {
                    int start = 0;
                    for (int k = 0; k < controlCount; k++) {
                        int end = controls[k];
                        if (end > start) {
                            seen += new String(window, start, end - start).length();
                        }
                        start = end + 1;
                    }
                }
                controlCount = 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seen;
    }
}
