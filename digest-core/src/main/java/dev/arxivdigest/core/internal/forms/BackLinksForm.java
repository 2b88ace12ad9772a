package dev.arxivdigest.core.internal.forms;

/** A line made only of links to anchors, such as back-links: {@code [Back](#toc) | [Top](#cs.CV)}. */
public final class BackLinksForm implements Form {

    /** The form. */
    public static final BackLinksForm INSTANCE = new BackLinksForm();

    private BackLinksForm() {
    }

    @Override
    public boolean startsBlock() {
        return false;
    }

    @Override
    public String triggers() {
        return "[";
    }

    /** {@return whether the line holds only links to anchors, separated by spaces or {@code |}} */
    @Override
    public boolean opens(Line line) {
        if (line.isBlank() || line.firstChar() != '[') {
            return false;
        }
        CharSequence t = line.text();
        int e = line.end();
        int i = line.first();
        int links = 0;
        while (i < e) {
            char c = t.charAt(i);
            if (Chars.isSpace(c) || c == '|') {
                i++;
                continue;
            }
            if (c != '[') {
                return false;
            }
            int mid = Chars.indexOf(t, "](#", i, e);
            if (mid < 0) {
                return false;
            }
            int close = Chars.indexOf(t, ')', mid, e);
            if (close < 0) {
                return false;
            }
            links++;
            i = close + 1;
        }
        return links > 0;
    }
}
