package dev.arxivdigest.core.internal;

import dev.arxivdigest.model.ProblemCode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns raw input into the text a session parses: UTF-8 decoding that remembers where bytes were
 * replaced, byte order mark removal and NUL replacement. Stateless.
 */
public final class Input {

    private Input() {
    }

    /** Decoded text with the positions of repairs. */
    public record Text(String text, int start, long[] marks, ProblemCode[] codes, boolean bom) {
    }

    /** Decodes UTF-8; invalid sequences become U+FFFD and are remembered. */
    public static Text decode(byte[] bytes, int length) {
        String s = new String(bytes, 0, length, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0 || replacementsAreGenuine(s, bytes, length)) {
            return prepare(s, new long[0]);
        }
        return slowDecode(bytes, length);
    }

    /** True if every U+FFFD in the decoded text was written as EF BF BD in the input. */
    private static boolean replacementsAreGenuine(String s, byte[] b, int length) {
        int inText = 0;
        for (int i = s.indexOf('\uFFFD'); i >= 0; i = s.indexOf('\uFFFD', i + 1)) {
            inText++;
        }
        int inBytes = 0;
        for (int i = 0; i + 2 < length; i++) {
            if (b[i] == (byte) 0xEF && b[i + 1] == (byte) 0xBF && b[i + 2] == (byte) 0xBD) {
                inBytes++;
                i += 2;
            }
        }
        return inText == inBytes;
    }

    private static Text slowDecode(byte[] bytes, int length) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length + 1);
        long[] marks = new long[16];
        int n = 0;
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isUnderflow()) {
                break;
            }
            if (r.isError()) {
                if (n == marks.length) {
                    marks = Arrays.copyOf(marks, n * 2);
                }
                marks[n++] = out.position();
                out.put('\uFFFD');
                in.position(in.position() + r.length());
            } else {
                // overflow cannot happen: a byte never yields more than one char here
                throw new IllegalStateException(r.toString());
            }
        }
        dec.flush(out);
        out.flip();
        return prepare(out.toString(), Arrays.copyOf(marks, n));
    }

    /** Removes a byte order mark and replaces NUL characters, shifting marks to text offsets. */
    public static Text prepare(String s, long[] decodeMarks) {
        boolean bom = !s.isEmpty() && s.charAt(0) == '\uFEFF';
        int start = bom ? 1 : 0;
        long[] marks = decodeMarks;
        ProblemCode[] codes = new ProblemCode[marks.length];
        Arrays.fill(codes, ProblemCode.INVALID_UTF8);
        if (s.indexOf('\0') >= 0) {
            int count = 0;
            for (int i = s.indexOf('\0'); i >= 0; i = s.indexOf('\0', i + 1)) {
                count++;
            }
            long[] nul = new long[count];
            int k = 0;
            for (int i = s.indexOf('\0'); i >= 0; i = s.indexOf('\0', i + 1)) {
                nul[k++] = i;
            }
            s = s.replace('\0', '\uFFFD');
            long[] merged = new long[marks.length + nul.length];
            ProblemCode[] mc = new ProblemCode[merged.length];
            int a = 0;
            int b = 0;
            for (int m = 0; m < merged.length; m++) {
                if (b >= nul.length || (a < marks.length && marks[a] <= nul[b])) {
                    merged[m] = marks[a];
                    mc[m] = ProblemCode.INVALID_UTF8;
                    a++;
                } else {
                    merged[m] = nul[b];
                    mc[m] = ProblemCode.NUL_CHARACTER;
                    b++;
                }
            }
            marks = merged;
            codes = mc;
        }
        if (bom) {
            long[] shifted = new long[marks.length];
            for (int i = 0; i < marks.length; i++) {
                shifted[i] = Math.max(0, marks[i] - 1);
            }
            marks = shifted;
        }
        return new Text(s, start, marks, codes, bom);
    }
}
