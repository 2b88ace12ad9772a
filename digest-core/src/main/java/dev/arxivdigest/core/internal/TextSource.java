package dev.arxivdigest.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Where a {@link ChunkReader} takes its characters from: UTF-8 bytes (an array or a stream),
 * decoded window by window by one strict decoder that replaces each invalid sequence by U+FFFD and
 * says where; or characters (a string or a reader), served as they are. Not thread-safe.
 */
public abstract class TextSource {

    /** Told where the source wrote a U+FFFD in place of bytes that are not valid UTF-8. */
    interface Replacements {
        /**
         * A replacement character was written.
         *
         * @param index its index in the destination array
         */
        void replaced(int index);
    }

    /**
     * Reads characters.
     *
     * @param dst the destination
     * @param off where to write the first
     * @param len the most to read, at least 1
     * @param replacements told about replaced bytes
     * @return how many were read, or -1 at the end of the input
     * @throws IOException if reading fails
     */
    abstract int read(char[] dst, int off, int len, Replacements replacements) throws IOException;

    /** {@return a source over the given input} */
    public static TextSource utf8(byte[] bytes) {
        return new Utf8(ByteBuffer.wrap(bytes), null);
    }

    /** {@return a source over the given input} */
    public static TextSource utf8(InputStream in) {
        ByteBuffer b = ByteBuffer.allocate(64 * 1024);
        b.flip();
        return new Utf8(b, in);
    }

    /** {@return a source over the given input} */
    public static TextSource of(String s) {
        return new Chars(s, null);
    }

    /** {@return a source over the given input} */
    public static TextSource of(Reader r) {
        return new Chars(null, r);
    }

    /** UTF-8 bytes through one strict decoder. */
    private static final class Utf8 extends TextSource {
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes;
        private final InputStream in;
        private boolean endOfBytes;
        private boolean drained;

        Utf8(ByteBuffer bytes, InputStream in) {
            this.bytes = bytes;
            this.in = in;
            this.endOfBytes = in == null;
        }

        @Override
        int read(char[] dst, int off, int len, Replacements replacements) throws IOException {
            if (drained) {
                return -1;
            }
            CharBuffer out = CharBuffer.wrap(dst, off, len);
            while (out.position() == off && !drained) {
                if (!endOfBytes && bytes.remaining() < 4) {
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        endOfBytes = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                    bytes.flip();
                }
                while (true) {
                    CoderResult r = decoder.decode(bytes, out, endOfBytes);
                    if (r.isError()) {
                        if (!out.hasRemaining()) {
                            break; // replaced on the next read, when there is room for U+FFFD
                        }
                        replacements.replaced(out.position());
                        out.put('\uFFFD');
                        bytes.position(bytes.position() + r.length());
                        continue;
                    }
                    if (r.isUnderflow() && endOfBytes) {
                        decoder.flush(out);
                        drained = true;
                    }
                    break;
                }
                if (out.position() > off || !out.hasRemaining()) {
                    break;
                }
            }
            int n = out.position() - off;
            return n == 0 && drained ? -1 : n;
        }
    }

    /** Characters as they are. */
    private static final class Chars extends TextSource {
        private final String string;
        private final Reader reader;
        private int pos;

        Chars(String string, Reader reader) {
            this.string = string;
            this.reader = reader;
        }

        @Override
        int read(char[] dst, int off, int len, Replacements replacements) throws IOException {
            if (reader != null) {
                return reader.read(dst, off, len);
            }
            if (pos >= string.length()) {
                return -1;
            }
            int n = Math.min(len, string.length() - pos);
            string.getChars(pos, pos + n, dst, off);
            pos += n;
            return n;
        }
    }
}
