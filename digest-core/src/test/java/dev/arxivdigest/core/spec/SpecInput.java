package dev.arxivdigest.core.spec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The escape notation of a spec example's input block, which lets a spec file hold any bytes:
 * CRLF or lone CR line endings, a byte order mark, NUL and other control characters, bytes that
 * are not UTF-8, trailing spaces and a missing final newline.
 *
 * <ul>
 *   <li>Each line of the block is one line of input, followed by the block's line ending: LF, or
 *       CRLF or CR when the fence says {@code eol=crlf} or {@code eol=cr}.</li>
 *   <li>{@code ⟨TAB⟩} tab, {@code ⟨SP⟩} space (written for trailing spaces), {@code ⟨CR⟩} a carriage
 *       return inside a line, {@code ⟨NUL⟩} U+0000, {@code ⟨BOM⟩} U+FEFF, {@code ⟨U+XXXX⟩} any code
 *       point (written for other control characters, U+FFFD and {@code ⟨} itself), {@code ⟨xHH⟩}
 *       one raw byte (written for bytes that are not UTF-8).</li>
 *   <li>{@code ⟨EOF⟩} at the end of the last line: the input ends there, without a line ending.
 *       A block holding only {@code ⟨EOF⟩} is the empty input.</li>
 * </ul>
 */
final class SpecInput {

    private static final char OPEN = '⟨';
    private static final char CLOSE = '⟩';

    /** The line ending an input block's lines stand for. */
    enum Eol {
        LF("\n", ""), CRLF("\r\n", " eol=crlf"), CR("\r", " eol=cr");

        private final String bytes;
        private final String fenceOption;

        Eol(String bytes, String fenceOption) {
            this.bytes = bytes;
            this.fenceOption = fenceOption;
        }

        /** {@return what follows {@code input} on the opening fence for this line ending} */
        String fenceOption() {
            return fenceOption;
        }
    }

    /** An encoded input: the lines of the block and the line ending they stand for. */
    record Encoded(List<String> lines, Eol eol) {
    }

    private SpecInput() {
    }

    /**
     * Decodes an input block.
     *
     * @param lines the lines between the fences
     * @param eol the line ending the fence declares
     * @return the input bytes
     * @throws IllegalArgumentException on an unknown escape or an {@code ⟨EOF⟩} before the end
     */
    static byte[] decode(List<String> lines, Eol eol) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            boolean last = n == lines.size() - 1;
            int i = 0;
            boolean ended = false;
            while (i < line.length()) {
                if (ended) {
                    throw new IllegalArgumentException("text after ⟨EOF⟩ in input line " + (n + 1));
                }
                char c = line.charAt(i);
                if (c != OPEN) {
                    int cp = line.codePointAt(i);
                    write(out, new String(Character.toChars(cp)));
                    i += Character.charCount(cp);
                    continue;
                }
                int close = line.indexOf(CLOSE, i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed ⟨ in input line " + (n + 1) + ": " + line);
                }
                String name = line.substring(i + 1, close);
                if (name.equals("EOF")) {
                    if (!last) {
                        throw new IllegalArgumentException("⟨EOF⟩ before the last input line, line " + (n + 1));
                    }
                    ended = true;
                } else {
                    escape(out, name, n + 1);
                }
                i = close + 1;
            }
            if (!ended) {
                write(out, eol.bytes);
            }
        }
        return out.toByteArray();
    }

    private static void escape(ByteArrayOutputStream out, String name, int lineNumber) {
        switch (name) {
            case "TAB" -> out.write('\t');
            case "SP" -> out.write(' ');
            case "CR" -> out.write('\r');
            case "NUL" -> out.write(0);
            case "BOM" -> write(out, "\uFEFF");
            default -> {
                if (name.matches("U\\+[0-9A-F]{4,6}")) {
                    write(out, new String(Character.toChars(Integer.parseInt(name.substring(2), 16))));
                } else if (name.matches("x[0-9A-F]{2}")) {
                    out.write(Integer.parseInt(name.substring(1), 16));
                } else {
                    throw new IllegalArgumentException("unknown escape ⟨" + name + "⟩ in input line " + lineNumber);
                }
            }
        }
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Encodes input bytes in the notation, choosing CRLF or CR as the block's line ending when the
     * input uses it throughout. {@code decode(encode(b))} gives {@code b} back.
     *
     * @param input the bytes
     * @return the block's lines and line ending
     */
    static Encoded encode(byte[] input) {
        Eol eol = lineEnding(input);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < input.length) {
            int b = input[i] & 0xFF;
            if (eol == Eol.LF && b == '\n' || eol == Eol.CR && b == '\r'
                    || eol == Eol.CRLF && b == '\r' && i + 1 < input.length && input[i + 1] == '\n') {
                lines.add(endLine(line));
                line.setLength(0);
                i += eol.bytes.length();
                continue;
            }
            int length = utf8Length(input, i);
            if (length == 0) {
                line.append(String.format("⟨x%02X⟩", b));
                i++;
                continue;
            }
            int cp = new String(input, i, length, StandardCharsets.UTF_8).codePointAt(0);
            i += length;
            line.append(switch (cp) {
                case '\t' -> "⟨TAB⟩";
                case '\r' -> "⟨CR⟩";
                case 0 -> "⟨NUL⟩";
                case 0xFEFF -> "⟨BOM⟩";
                default -> cp < 0x20 || cp == 0x7F || cp == 0xFFFD || cp == OPEN
                        ? String.format("⟨U+%04X⟩", cp) : new String(Character.toChars(cp));
            });
        }
        if (line.length() > 0 || lines.isEmpty() || input.length > 0 && !endsWith(input, eol.bytes)) {
            lines.add(endLine(line) + "⟨EOF⟩");
        }
        return new Encoded(lines, eol);
    }

    private static boolean endsWith(byte[] input, String suffix) {
        byte[] s = suffix.getBytes(StandardCharsets.US_ASCII);
        if (input.length < s.length) {
            return false;
        }
        for (int k = 0; k < s.length; k++) {
            if (input[input.length - s.length + k] != s[k]) {
                return false;
            }
        }
        return true;
    }

    /** Trailing spaces become {@code ⟨SP⟩}; a line that looks like a fence gets its first backtick escaped. */
    private static String endLine(StringBuilder line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        String text = line.substring(0, end) + "⟨SP⟩".repeat(line.length() - end);
        return text.startsWith("```") ? "⟨U+0060⟩" + text.substring(1) : text;
    }

    private static Eol lineEnding(byte[] input) {
        int crlf = 0;
        int cr = 0;
        int lf = 0;
        for (int i = 0; i < input.length; i++) {
            if (input[i] == '\r' && i + 1 < input.length && input[i + 1] == '\n') {
                crlf++;
                i++;
            } else if (input[i] == '\r') {
                cr++;
            } else if (input[i] == '\n') {
                lf++;
            }
        }
        if (crlf > 0 && cr == 0 && lf == 0) {
            return Eol.CRLF;
        }
        return cr > 0 && crlf == 0 && lf == 0 ? Eol.CR : Eol.LF;
    }

    /** {@return the length of the well-formed UTF-8 sequence at {@code i}, or 0 if there is none} */
    private static int utf8Length(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        int length;
        int min;
        if (lead < 0x80) {
            return 1;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + length > b.length) {
            return 0;
        }
        int cp = lead & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            int c = b[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                return 0;
            }
            cp = cp << 6 | c & 0x3F;
        }
        boolean valid = cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
        return valid ? length : 0;
    }
}
