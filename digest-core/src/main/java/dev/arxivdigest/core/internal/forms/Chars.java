package dev.arxivdigest.core.internal.forms;

/** Character and region tests shared by the recognisers. Stateless. */
public final class Chars {

    private Chars() {
    }

    /** {@return whether a character is white space inside a line (space, tab, ideographic and no-break space...)} */
    public static boolean isSpace(char c) {
        if (c <= ' ') {
            return c == ' ' || c == '\t' || c == '\f' || c == '\u000b';
        }
        return c >= '\u00a0' && (c == '\u00a0' || c == '\u3000'); // one test for the letters of most lines
    }

    /** {@return whether a character is an ASCII digit} */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@return ASCII case-insensitive prefix test at {@code at}; {@code prefix} is lower case} */
    public static boolean startsWithIgnoreCase(CharSequence s, int at, String prefix) {
        if (at < 0 || at + prefix.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            char c = s.charAt(at + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@return {@code t.indexOf(needle, from)} that never looks at or past {@code to}; -1 if absent} */
    public static int indexOf(CharSequence t, String needle, int from, int to) {
        int last = to - needle.length();
        char first = needle.charAt(0);
        outer:
        for (int i = Math.max(0, from); i <= last; i++) {
            if (t.charAt(i) != first) {
                continue;
            }
            for (int k = 1; k < needle.length(); k++) {
                if (t.charAt(i + k) != needle.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** {@return {@code t.indexOf(c, from)} that never looks at or past {@code to}; -1 if absent} */
    public static int indexOf(CharSequence t, char c, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (t.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The {@code ]} that closes the {@code [} at {@code open} and is followed by {@code (}, as in a link
     * {@code [text](url)}: brackets counted, backslash escapes skipped; -1 if the brackets do not
     * balance that way before {@code end}.
     */
    public static int linkTextClose(CharSequence t, int open, int end) {
        int depth = 0;
        for (int i = open; i < end; i++) {
            char c = t.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i + 1 < end && t.charAt(i + 1) == '(' ? i : -1;
            }
        }
        return -1;
    }
}
