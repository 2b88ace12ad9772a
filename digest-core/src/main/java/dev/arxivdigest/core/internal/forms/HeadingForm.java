package dev.arxivdigest.core.internal.forms;

/**
 * An ATX heading, {@code ## text}: the paper headers, category headings, table of contents titles
 * and a digest's title line are headings. Starts a block.
 */
public final class HeadingForm implements Form {

    /** The form. */
    public static final HeadingForm INSTANCE = new HeadingForm();

    /**
     * A heading.
     *
     * @param level the number of {@code #}, 1 to 6
     * @param contentStart index of the heading text, past the marker and spaces
     * @param contentEnd index just past the heading text, before trailing spaces
     */
    public record Match(int level, int contentStart, int contentEnd) {
    }

    private HeadingForm() {
    }

    @Override
    public boolean startsBlock() {
        return true;
    }

    @Override
    public String triggers() {
        return "#";
    }

    /** Up to four spaces, one to six {@code #}, then a space or the end of the line. */
    @Override
    public boolean opens(Line line) {
        int i = line.afterIndent();
        int n = line.end();
        if (i >= n || line.charAt(i) != '#') {
            return false;
        }
        int h = i;
        while (h < n && line.charAt(h) == '#') {
            h++;
        }
        return h - i <= 6 && (h == n || line.charAt(h) == ' ');
    }

    /**
     * Reads a heading: at most three characters of indentation, one to six {@code #}, then white space
     * or the end of the line.
     *
     * @param line the line
     * @return the heading, or null if the line is not one
     */
    public Match match(Line line) {
        int fs = line.first();
        if (line.isBlank() || line.charAt(fs) != '#' || fs - line.start() > 3) {
            return null;
        }
        int e = line.end();
        int h = fs;
        while (h < e && line.charAt(h) == '#') {
            h++;
        }
        int level = h - fs;
        if (level > 6 || (h < e && line.charAt(h) != ' ' && line.charAt(h) != '\t')) {
            return null;
        }
        int hs = h;
        while (hs < e && Chars.isSpace(line.charAt(hs))) {
            hs++;
        }
        int he = Math.max(hs, line.trimmedEnd());
        return new Match(level, hs, he);
    }

    /**
     * Where a category heading's back-link starts ({@code cs.CV [[Back]](#toc)}), or -1.
     *
     * @param content the heading text
     * @return the index of {@code [[} in it, or -1 if it has no back-link
     */
    public static int backLink(String content) {
        int back = content.indexOf("[[");
        return back >= 0 && content.endsWith(")") && content.indexOf("](#", back) > 0 ? back : -1;
    }
}
