package dev.arxivdigest.core.internal.forms;

import dev.arxivdigest.model.Link;

import java.util.List;

/**
 * The links a paper header shows after its title's link: {@code [[PDF]](…)}, {@code [Code](…)},
 * separated by spaces, {@code |}, {@code ·}, {@code ,}, {@code /} or dashes. Stateless.
 */
public final class HeaderLinksForm {

    /**
     * The links after a header's title link.
     *
     * @param links the links found, in order
     * @param onlyLinks whether the text holds nothing but these links and separators
     */
    public record Match(List<Link> links, boolean onlyLinks) {
    }

    private HeaderLinksForm() {
    }

    /**
     * Reads the text after a header's title link.
     *
     * @param text the text, as written up to the end of the header
     * @return the links and whether nothing else is written there
     */
    public static Match match(String text) {
        List<Link> links = Link.findAll(text);
        return new Match(links, !links.isEmpty() && onlyLinks(text));
    }

    /** Whether the text is a run of {@code [text](url)} and {@code <url>} with separators between them. */
    private static boolean onlyLinks(String t) {
        int n = t.length();
        int pos = 0;
        while (true) {
            while (pos < n && separator(t.charAt(pos))) {
                pos++;
            }
            if (pos >= n) {
                return true;
            }
            if (t.charAt(pos) == '<') {
                int close = Chars.indexOf(t, '>', pos + 1, n);
                if (close < 0) {
                    return false;
                }
                pos = close + 1;
                continue;
            }
            if (t.charAt(pos) != '[') {
                return false;
            }
            int close = Chars.linkTextClose(t, pos, n);
            if (close < 0) {
                return false;
            }
            int paren = Chars.indexOf(t, ')', close + 2, n);
            if (paren < 0) {
                return false;
            }
            pos = paren + 1;
        }
    }

    private static boolean separator(char c) {
        return Chars.isSpace(c) || "|·•,/-–—".indexOf(c) >= 0;
    }
}
