package dev.arxivdigest.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Where a {@link ChunkReader} takes its characters from: UTF-8 bytes (an array or a stream),
 * decoded window by window by one strict decoder that replaces each invalid sequence by U+FFFD and
 * says where; or characters (a string or a reader), served as they are. Either way the source says
 * where it wrote each CR, LF and NUL, found on the way (the decoder finds them in the same look at
 * eight bytes at a time that finds ASCII), so that the reader never scans the text for line ends.
 * Not thread-safe.
 */
public abstract class TextSource {

    /** Told, in the order they are written, where the characters the reader must look at are. */
    interface Marks {
        /**
         * A U+FFFD was written in place of bytes that are not valid UTF-8.
         *
         * @param index its index in the destination array
         */
        void replaced(int index);

        /**
         * A CR, LF or NUL was written.
         *
         * @param index its index in the destination array
         */
        void control(int index);
    }

    /**
     * Reads characters.
     *
     * @param dst the destination
     * @param off where to write the first
     * @param len the most to read, at least 1
     * @param marks told about replaced bytes and where each CR, LF and NUL was written
     * @return how many were read, or -1 at the end of the input
     * @throws IOException if reading fails
     */
    abstract int read(char[] dst, int off, int len, Marks marks) throws IOException;

    /**
     * {@return a source over the given input}
     *
     * @param bytes the input
     */
    public static TextSource utf8(byte[] bytes) {
        return new Utf8(ByteBuffer.wrap(bytes), null);
    }

    /**
     * {@return a source over the given input}
     *
     * @param in the input, read as far as the parse needs
     */
    public static TextSource utf8(InputStream in) {
        ByteBuffer b = ByteBuffer.allocate(64 * 1024);
        b.flip();
        return new Utf8(b, in);
    }

    /**
     * {@return a source over the given input}
     *
     * @param s the input
     */
    public static TextSource of(String s) {
        return new Characters(s, null);
    }

    /**
     * {@return a source over the given input}
     *
     * @param r the input, read as far as the parse needs
     */
    public static TextSource of(Reader r) {
        return new Characters(null, r);
    }

    /** {@return whether {@code c} is a character {@link Marks#control} is told of: CR, LF or NUL} */
    private static boolean isControl(int c) {
        return c == '\n' || c == '\r' || c == 0;
    }

    /** Tells {@code marks} where {@code dst[from, to)} holds a CR, LF or NUL. */
    static void markControls(char[] dst, int from, int to, Marks marks) {
        for (int i = from; i < to; i++) {
            char c = dst[i];
            if (c <= '\r' && isControl(c)) {
                marks.control(i);
            }
        }
    }

    /**
     * UTF-8 bytes: well-formed sequences are decoded here, in one loop over the window; any other
     * byte is handed to the JDK's strict decoder, which says how many bytes one U+FFFD replaces
     * (exactly as a whole-input {@link CharsetDecoder} in {@code REPORT} mode would).
     */
    private static final class Utf8 extends TextSource {
        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes;
        private final InputStream in;
        private boolean endOfBytes;

        Utf8(ByteBuffer bytes, InputStream in) {
            this.bytes = bytes;
            this.in = in;
            this.endOfBytes = in == null;
        }

        @Override
        int read(char[] dst, int off, int len, Marks marks) throws IOException {
            while (true) {
                if (!endOfBytes && bytes.remaining() < 4) {
                    refill();
                }
                if (!bytes.hasRemaining() && endOfBytes) {
                    return -1;
                }
                int n = decode(dst, off, off + len, marks);
                if (n > 0 || endOfBytes && !bytes.hasRemaining()) {
                    return n > 0 ? n : -1;
                }
                if (endOfBytes) {
                    return n; // no room for the next character
                }
                refill();
            }
        }

        private void refill() throws IOException {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfBytes = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }

        /** Decodes what the window holds into {@code dst[dp, dl)}; returns how many characters. */
        private int decode(char[] dst, int dp0, int dl, Marks marks) {
            byte[] src = bytes.array();
            int sp = bytes.position();
            int sl = bytes.limit();
            int dp = dp0;
            while (dp < dl && sp < sl) {
                int b0 = src[sp];
                if (b0 >= 0) {
                    if (b0 <= '\r') {
                        if (isControl(b0)) {
                            marks.control(dp);
                        }
                        dst[dp++] = (char) b0;
                        sp++;
                        continue;
                    }
                    int run = textRun(src, sp, Math.min(sl, sp + (dl - dp)));
                    if (run >= LONG_RUN) {
                        inflate(src, sp, run, dst, dp); // the JDK's vectorised ASCII copy
                    } else {
                        for (int k = 0; k < run; k++) {
                            dst[dp + k] = (char) src[sp + k];
                        }
                    }
                    dp += run;
                    sp += run;
                    continue;
                }
                int three = threeByteRun(src, sp, sl, dst, dp, dl);
                if (three > 0) {
                    sp += 3 * three;
                    dp += three;
                    continue;
                }
                int lead = b0 & 0xFF;
                if (lead >= 0xE0 && lead <= 0xEF && sp + 2 < sl) {
                    int b1 = src[sp + 1] & 0xFF;
                    int b2 = src[sp + 2] & 0xFF;
                    int lo = lead == 0xE0 ? 0xA0 : 0x80;
                    int hi = lead == 0xED ? 0x9F : 0xBF;
                    if (b1 >= lo && b1 <= hi && (b2 & 0xC0) == 0x80) {
                        dst[dp++] = (char) ((lead & 0x0F) << 12 | (b1 & 0x3F) << 6 | b2 & 0x3F);
                        sp += 3;
                        continue;
                    }
                } else if (lead >= 0xC2 && lead <= 0xDF && sp + 1 < sl) {
                    int b1 = src[sp + 1] & 0xFF;
                    if ((b1 & 0xC0) == 0x80) {
                        dst[dp++] = (char) ((lead & 0x1F) << 6 | b1 & 0x3F);
                        sp += 2;
                        continue;
                    }
                } else if (lead >= 0xF0 && lead <= 0xF4 && sp + 3 < sl) {
                    int b1 = src[sp + 1] & 0xFF;
                    int b2 = src[sp + 2] & 0xFF;
                    int b3 = src[sp + 3] & 0xFF;
                    int lo = lead == 0xF0 ? 0x90 : 0x80;
                    int hi = lead == 0xF4 ? 0x8F : 0xBF;
                    if (b1 >= lo && b1 <= hi && (b2 & 0xC0) == 0x80 && (b3 & 0xC0) == 0x80) {
                        if (dp + 1 >= dl) {
                            break; // no room for the surrogate pair
                        }
                        int cp = (lead & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | b3 & 0x3F;
                        dst[dp++] = Character.highSurrogate(cp);
                        dst[dp++] = Character.lowSurrogate(cp);
                        sp += 4;
                        continue;
                    }
                }
                if (sl - sp < 4 && !endOfBytes) {
                    break; // perhaps a sequence cut by the window's end: wait for its bytes
                }
                // not well-formed: the strict decoder says how many bytes one U+FFFD replaces
                int before = dp;
                dp = strictStep(src, sp, sl, dst, dp, dl, marks);
                if (dp == before) {
                    break;
                }
                sp = bytes.position();
            }
            bytes.position(sp);
            return dp - dp0;
        }

        /**
         * Decodes the well-formed three-byte sequences (CJK text) from {@code sp}, one after the
         * other, into {@code dst} from {@code dp} (below {@code dl}); returns how many.
         */
        private static int threeByteRun(byte[] src, int sp, int sl, char[] dst, int dp, int dl) {
            int s = sp;
            int d = dp;
            while (s + 2 < sl && d < dl) {
                int b0 = src[s];
                if ((b0 & 0xF0) != 0xE0) {
                    break;
                }
                int b1 = src[s + 1];
                int b2 = src[s + 2];
                char c = (char) ((b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | b2 & 0x3F);
                if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80 || c < 0x800 || Character.isSurrogate(c)) {
                    break; // overlong, a surrogate or not a sequence: the general path decides
                }
                dst[d++] = c;
                s += 3;
            }
            return d - dp;
        }

        /** ASCII runs at least this long are copied by the JDK's decoder, whose ASCII path is an intrinsic. */
        private static final int LONG_RUN = 32;

        private final CharsetDecoder ascii = StandardCharsets.ISO_8859_1.newDecoder();

        /** Copies {@code n} ASCII bytes to characters. */
        private void inflate(byte[] src, int sp, int n, char[] dst, int dp) {
            ascii.reset();
            ascii.decode(ByteBuffer.wrap(src, sp, n), CharBuffer.wrap(dst, dp, n), true);
        }

        /**
         * {@return how many bytes from {@code from} are ASCII above CR (text that needs no look of its
         * own), looking at eight at a time, up to {@code to}}
         */
        private static int textRun(byte[] src, int from, int to) {
            int i = from;
            while (i + 8 <= to) {
                long x = (long) LONGS.get(src, i);
                // a byte with its high bit set, or one below 0x0E (which borrows when 0x0E is subtracted)
                if (((x | x - 0x0E0E0E0E0E0E0E0EL) & 0x8080808080808080L) != 0) {
                    break;
                }
                i += 8;
            }
            while (i < to && src[i] > '\r') {
                i++;
            }
            return i - from;
        }

        /** Decodes or replaces the one sequence at {@code sp} with the JDK's decoder; returns the new {@code dp}. */
        private int strictStep(byte[] src, int sp, int sl, char[] dst, int dp, int dl, Marks marks) {
            int end = Math.min(sl, sp + 4);
            ByteBuffer window = ByteBuffer.wrap(src, sp, end - sp);
            CharBuffer out = CharBuffer.wrap(dst, dp, Math.min(2, dl - dp));
            decoder.reset();
            CoderResult r = decoder.decode(window, out, endOfBytes && end == sl);
            if (r.isError()) {
                marks.replaced(dp);
                dst[dp] = '\uFFFD';
                bytes.position(sp + r.length());
                return dp + 1;
            }
            bytes.position(window.position());
            markControls(dst, dp, out.position(), marks);
            return out.position();
        }
    }

    /** Characters as they are. */
    private static final class Characters extends TextSource {
        private final String string;
        private final Reader reader;
        private int pos;

        Characters(String string, Reader reader) {
            this.string = string;
            this.reader = reader;
        }

        @Override
        int read(char[] dst, int off, int len, Marks marks) throws IOException {
            int n;
            if (reader != null) {
                n = reader.read(dst, off, len);
            } else if (pos >= string.length()) {
                n = -1;
            } else {
                n = Math.min(len, string.length() - pos);
                string.getChars(pos, pos + n, dst, off);
                pos += n;
            }
            if (n > 0) {
                markControls(dst, off, off + n, marks);
            }
            return n;
        }
    }
}
