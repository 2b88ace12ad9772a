package dev.arxivdigest.examples.cli;

/**
 * Makes text from digests safe to show on a terminal: every character that a terminal acts on
 * instead of showing is replaced by a visible escape. That is the C0 controls (ESC, BEL, CR, LF,
 * TAB, ...), DEL, the C1 controls (U+0080 to U+009F, CSI among them), the bidirectional formatting
 * characters (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) and the line and
 * paragraph separators (U+2028, U+2029). They become {@code \x1B} (below U+0100) or
 * {@code \u202E}; every other character is kept. A digest can then neither move the cursor, change
 * colours, retitle the window, ring the bell nor reorder what is shown around its text.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** {@return {@code text} with every terminal control character escaped} */
    static String escape(String text) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isUnsafe(c)) {
                sb.append(c);
            } else if (c < 0x100) {
                sb.append("\\x").append(hex(c, 2));
            } else {
                sb.append("\\u").append(hex(c, 4));
            }
        }
        return sb.toString();
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028 || c == 0x2029;
    }

    private static String hex(char c, int digits) {
        String h = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        return "0".repeat(digits - h.length()) + h;
    }
}
