package dev.arxivdigest.core.internal.forms;

/**
 * A paper header inside a heading's text (or a line standing where a header was):
 * {@code [N] [Title](link)}, with or without {@code [N]}, {@code N. [Title](link)}, the link
 * optionally in emphasis ({@code **[Title](link)**}); titles with brackets, parentheses and LaTeX.
 * A damaged header (no link, an unclosed link, a link to an anchor) is still a header, with the
 * reason it is broken.
 */
public final class PaperHeaderForm {

    /** The form. */
    public static final PaperHeaderForm INSTANCE = new PaperHeaderForm();

    /**
     * A paper header.
     *
     * @param index the index as written without brackets, or null
     * @param title the title as written
     * @param link the link as written, or empty
     * @param broken why the header is damaged, or null
     * @param trailing index of text after the link (skipped and reported), or -1
     */
    public record Match(String index, String title, String link, String broken, int trailing) {
    }

    private PaperHeaderForm() {
    }

    /** {@return whether a header can start with this character} */
    public static boolean mayStart(char c) {
        return c == '[' || Chars.isDigit(c) || c == '*' || c == '_';
    }

    /**
     * Reads a paper header from {@code [hs, he)} of a line.
     *
     * @param line the line
     * @param hs index of the header text
     * @param he index just past it, trailing spaces excluded
     * @return the header, or null if the text is not one
     */
    public Match match(Line line, int hs, int he) {
        CharSequence text = line.text();
        if (hs >= he || !mayStart(text.charAt(hs))) {
            return null;
        }
        int p = hs;
        String index = null;
        boolean dotted = false;
        if (text.charAt(p) == '[') {
            int q = p + 1;
            while (q < he && Chars.isDigit(text.charAt(q))) {
                q++;
            }
            if (q > p + 1 && q < he && text.charAt(q) == ']' && (q + 1 == he || Chars.isSpace(text.charAt(q + 1)))) {
                index = line.substring(p + 1, q);
                p = q + 1;
            }
        } else if (Chars.isDigit(text.charAt(p))) {
            int q = p;
            while (q < he && q - p < 9 && Chars.isDigit(text.charAt(q))) {
                q++;
            }
            if (q + 1 >= he || (text.charAt(q) != '.' && text.charAt(q) != ')') || !Chars.isSpace(text.charAt(q + 1))) {
                return null;
            }
            index = line.substring(p, q);
            dotted = true; // "1. [Title](link)": a paper only if a link follows
            p = q + 1;
        }
        while (p < he && Chars.isSpace(text.charAt(p))) {
            p++;
        }
        int emphasis = 0;
        while (p + emphasis < he && emphasis < 3 && (text.charAt(p + emphasis) == '*' || text.charAt(p + emphasis) == '_')
                && text.charAt(p + emphasis) == text.charAt(p)) {
            emphasis++;
        }
        if (emphasis > 0) {
            if (p + emphasis >= he || text.charAt(p + emphasis) != '[') {
                return null;
            }
            p += emphasis;
        }
        if (dotted && (p >= he || text.charAt(p) != '[')) {
            return null;
        }
        String title;
        String link;
        String broken = null;
        int trailing = -1;
        if (p < he && text.charAt(p) == '[') {
            int close = Chars.linkTextClose(text, p, he);
            int paren = close > p ? linkClose(text, close + 2, he) : -1;
            if (paren < 0 || !looksLikeLink(text, close + 2, paren)) {
                // unbalanced brackets in the title ("$[0,1)$"): the last "](" and the last ')' on the line
                close = lastIndexOf(text, "](", p + 1, he);
                paren = close > p ? lastIndexOf(text, ")", close + 2, he) : -1;
            }
            if (close > p) {
                title = line.substring(p + 1, close);
                if (paren > close) {
                    link = line.substring(close + 2, paren);
                    int after = paren + 1;
                    if (emphasis > 0 && after + emphasis <= he && regionEquals(text, p - emphasis, after, emphasis)) {
                        after += emphasis;
                    }
                    while (after < he && Chars.isSpace(text.charAt(after))) {
                        after++;
                    }
                    if (after < he) {
                        trailing = after;
                    }
                } else {
                    link = line.substring(close + 2, he);
                    broken = "the link is not closed with ')'";
                }
                if (link.startsWith("#")) {
                    if (index == null) {
                        return null; // a link to an anchor: a table of contents or category line
                    }
                    broken = "the link points to an anchor, not to a paper";
                }
                if (link.isBlank() && broken == null) {
                    broken = "the link is empty";
                }
            } else {
                int rb = lastIndexOf(text, "]", p + 1, he);
                title = rb > p ? line.substring(p + 1, rb) : line.substring(p + 1, he);
                link = "";
                if (index == null || dotted) {
                    return null; // "1. [x]" without a link: an ordinary numbered heading
                }
                broken = "the title has no link";
            }
        } else if (index != null) {
            title = line.substring(p, he);
            link = "";
            broken = "no [title](link) after the index";
        } else {
            return null;
        }
        return new Match(index, title, link, broken, trailing);
    }

    private static boolean regionEquals(CharSequence t, int a, int b, int n) {
        for (int k = 0; k < n; k++) {
            if (t.charAt(a + k) != t.charAt(b + k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code [from, to)} starts like a link target: a scheme, {@code www.}, a path or an anchor. */
    private static boolean looksLikeLink(CharSequence text, int from, int to) {
        if (from >= to) {
            return false;
        }
        char c = text.charAt(from);
        return c == '#' || c == '/' || Chars.startsWithIgnoreCase(text, from, "http://")
                || Chars.startsWithIgnoreCase(text, from, "https://") || Chars.startsWithIgnoreCase(text, from, "www.")
                || Chars.startsWithIgnoreCase(text, from, "doi:") || Chars.startsWithIgnoreCase(text, from, "arxiv.org/");
    }

    /** The {@code )} that closes a link starting at {@code from}, parentheses counted; -1 if none. */
    private static int linkClose(CharSequence text, int from, int he) {
        int depth = 0;
        for (int i = from; i < he; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The last {@code needle} starting in {@code [from, to - needle.length()]}; -1 if absent. */
    private static int lastIndexOf(CharSequence t, String needle, int from, int to) {
        outer:
        for (int i = to - needle.length(); i >= from; i--) {
            for (int k = 0; k < needle.length(); k++) {
                if (t.charAt(i + k) != needle.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
