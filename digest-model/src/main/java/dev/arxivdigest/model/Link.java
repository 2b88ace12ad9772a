package dev.arxivdigest.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A link a paper shows: its text and its target, as written. Found in markdown by
 * {@link #findAll(CharSequence)}: inline links ({@code [arXiv pdf](https://arxiv.org/pdf/…)},
 * {@code [[PDF]](…)}, {@code [**[PDF]**](…)}), autolinks ({@code <https://…>}) and bare
 * {@code http}/{@code https} URLs ({@code Project Page: https://…}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the link's text as written between its brackets ({@code [PDF]} for {@code [[PDF]](…)}),
 *     or the URL itself for an autolink or a bare URL
 * @param url the target as written
 */
public record Link(String text, String url) {

    /** Nesting of brackets inside a link's text past which a bracket is not counted. */
    private static final int MAX_NESTING = 8;

    /**
     * Validates.
     *
     * @param text the link's text as written between its brackets, or the URL itself for an autolink or a bare URL
     * @param url the target as written
     * @throws NullPointerException if a component is null
     */
    public Link {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(url, "url");
    }

    /**
     * Finds the links of a markdown text, in the order written: inline links {@code [text](url)}
     * (brackets in the text counted to a depth of eight, backslash escapes skipped; an optional
     * title after the URL dropped), autolinks {@code <http…>} and bare {@code http://} or
     * {@code https://} URLs outside them (ending at white space, a quote, an angle bracket, a brace
     * or backslash (LaTeX's <code>&#92;url{…}</code>, <code>&#92;href{…}{…}</code>) or a character outside ASCII,
     * without trailing punctuation or an unbalanced closing bracket).
     * Images ({@code ![alt](src)}) are not links. One pass over the text and one over what is not a
     * link: linear time, no regular expression.
     *
     * @param markdown the text
     * @return the links, in order; empty if there is none
     */
    public static List<Link> findAll(CharSequence markdown) {
        Objects.requireNonNull(markdown, "markdown");
        int n = markdown.length();
        if (indexOf(markdown, '(', 0) < 0 && indexOf(markdown, ':', 0) < 0) {
            return List.of(); // cheap exit: neither an inline link nor a URL
        }
        List<Found> found = new ArrayList<>();
        int[] open = new int[MAX_NESTING];
        int depth = 0;
        int overflow = 0;
        for (int i = 0; i < n; i++) {
            char c = markdown.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\n' && i + 1 < n && blankLineAt(markdown, i + 1)) {
                depth = 0; // a link does not cross a blank line
                overflow = 0;
            } else if (c == '[') {
                if (depth < MAX_NESTING) {
                    open[depth++] = i;
                } else {
                    overflow++;
                }
            } else if (c == ']') {
                if (overflow > 0) {
                    overflow--;
                    continue;
                }
                if (depth == 0) {
                    continue;
                }
                int start = open[--depth];
                if (i + 1 < n && markdown.charAt(i + 1) == '(') {
                    int close = destinationEnd(markdown, i + 2);
                    if (close > 0) {
                        boolean image = start > 0 && markdown.charAt(start - 1) == '!';
                        String url = destination(markdown, i + 2, close);
                        if (image) {
                            found.add(new Found(start - 1, close + 1, null)); // its source is no bare URL either
                        } else if (!url.isEmpty()) {
                            found.add(new Found(start, close + 1,
                                    new Link(markdown.subSequence(start + 1, i).toString(), url)));
                        }
                        depth = 0; // a link holds no link: the brackets open before it are text
                        i = close;
                    }
                }
            } else if (c == '<' && (startsWith(markdown, i + 1, "http://") || startsWith(markdown, i + 1, "https://"))) {
                int close = i + 1;
                while (close < n && markdown.charAt(close) != '>' && markdown.charAt(close) != '<'
                        && !Character.isWhitespace(markdown.charAt(close))) {
                    close++;
                }
                if (close < n && markdown.charAt(close) == '>') {
                    String url = markdown.subSequence(i + 1, close).toString();
                    found.add(new Found(i, close + 1, new Link(url, url)));
                    i = close;
                }
            }
        }
        return withBareUrls(markdown, found);
    }

    /** A link (null for an image) and the region {@code [from, to)} it was written in. */
    private record Found(int from, int to, Link link) {
    }

    /**
     * Adds the bare URLs found outside the regions of {@code found}, keeping document order; of two
     * regions that overlap (an autolink inside a link's text), the first one written is kept.
     */
    private static List<Link> withBareUrls(CharSequence t, List<Found> unsorted) {
        List<Found> found = new ArrayList<>(unsorted.size());
        List<Found> byStart = new ArrayList<>(unsorted);
        byStart.sort(java.util.Comparator.comparingInt(Found::from));
        for (Found f : byStart) {
            if (found.isEmpty() || f.from() >= found.get(found.size() - 1).to()) {
                found.add(f);
            }
        }
        List<Link> out = new ArrayList<>(found.size());
        int n = t.length();
        int next = 0;
        int i = 0;
        while (i < n) {
            if (next < found.size() && i >= found.get(next).from()) {
                if (found.get(next).link() != null) {
                    out.add(found.get(next).link());
                }
                i = found.get(next).to();
                next++;
                continue;
            }
            int limit = next < found.size() ? found.get(next).from() : n;
            if (t.charAt(i) == 'h' && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))
                    && (startsWith(t, i, "http://") || startsWith(t, i, "https://"))) {
                int end = i;
                while (end < limit && urlChar(t.charAt(end))) {
                    end++;
                }
                end = trimEnd(t, i, end);
                if (end > i + (startsWith(t, i, "https://") ? 8 : 7)) {
                    String url = t.subSequence(i, end).toString();
                    out.add(new Link(url, url));
                    i = end;
                    continue;
                }
            }
            i++;
        }
        for (; next < found.size(); next++) {
            if (found.get(next).link() != null) {
                out.add(found.get(next).link());
            }
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    private static boolean urlChar(char c) {
        return c > ' ' && c < 0x7f && c != '<' && c != '>' && c != '"' && c != '`' && c != '{' && c != '}'
                && c != '\\';
    }

    /** Drops trailing punctuation and closing brackets that do not close one opened in the URL. */
    private static int trimEnd(CharSequence t, int from, int end) {
        int parens = 0;
        int brackets = 0;
        for (int k = from; k < end; k++) {
            char c = t.charAt(k);
            if (c == '(') {
                parens++;
            } else if (c == ')') {
                parens--;
            } else if (c == '[') {
                brackets++;
            } else if (c == ']') {
                brackets--;
            }
        }
        while (end > from) {
            char c = t.charAt(end - 1);
            if (c == ')' && parens < 0) {
                parens++;
            } else if (c == ']' && brackets < 0) {
                brackets++;
            } else if (".,;:!?'*_".indexOf(c) < 0) {
                break;
            }
            end--;
        }
        return end;
    }

    /**
     * The {@code )} that ends a link destination starting at {@code from}: parentheses balanced (to a
     * depth of eight), an optional title in quotes after a space; -1 if the destination holds a
     * bracket, a line break, or is not closed. Stops at the first bracket, so that scans do not overlap.
     */
    private static int destinationEnd(CharSequence t, int from) {
        int depth = 0;
        int n = t.length();
        for (int i = from; i < n; i++) {
            char c = t.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                if (++depth > MAX_NESTING) {
                    return -1;
                }
            } else if (c == ')') {
                if (depth-- == 0) {
                    return i;
                }
            } else if (c == '"' && i > from && t.charAt(i - 1) == ' ') {
                int q = i + 1;
                while (q < n && t.charAt(q) != '"' && t.charAt(q) != '\n') {
                    q++;
                }
                if (q >= n || t.charAt(q) == '\n') {
                    return -1;
                }
                i = q; // a title: its text is not the destination's
            } else if (c == '[' || c == ']' || c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }

    /** The destination of {@code (…)} in {@code [from, close)}: without a title, stripped, without {@code <>}. */
    private static String destination(CharSequence t, int from, int close) {
        int end = from;
        while (end < close && t.charAt(end) != ' ' && t.charAt(end) != '\t') {
            end++;
        }
        String url = t.subSequence(from, end).toString();
        if (url.length() >= 2 && url.charAt(0) == '<' && url.charAt(url.length() - 1) == '>') {
            url = url.substring(1, url.length() - 1);
        }
        return url;
    }

    private static boolean blankLineAt(CharSequence t, int i) {
        int n = t.length();
        while (i < n && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i >= n || t.charAt(i) == '\n' || t.charAt(i) == '\r';
    }

    private static boolean startsWith(CharSequence t, int at, String prefix) {
        if (at < 0 || at + prefix.length() > t.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toLowerCase(t.charAt(at + k)) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(CharSequence t, char c, int from) {
        for (int i = from; i < t.length(); i++) {
            if (t.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
