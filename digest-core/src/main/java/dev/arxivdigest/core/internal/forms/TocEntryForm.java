package dev.arxivdigest.core.internal.forms;

import java.util.OptionalInt;

/**
 * A table of contents entry: {@code - [cs.CV](#cs.CV) [Total: 12]}, {@code - [cs.CV (12)](#cs.CV)},
 * {@code * [计算机视觉](#cs.CV) (12 篇)}: a name, an anchor and an optional total.
 */
public final class TocEntryForm implements Form {

    /** The form. */
    public static final TocEntryForm INSTANCE = new TocEntryForm();

    /**
     * An entry.
     *
     * @param name the link text
     * @param anchor the anchor linked to, without {@code #}
     * @param total the count written after the link or at the end of its text, if any
     */
    public record Match(String name, String anchor, OptionalInt total) {
    }

    private TocEntryForm() {
    }

    @Override
    public boolean startsBlock() {
        return false;
    }

    @Override
    public String triggers() {
        return "-*+";
    }

    @Override
    public boolean opens(Line line) {
        return match(line) != null;
    }

    /**
     * Reads an entry.
     *
     * @param line the line
     * @return the entry, or null if the line is not one
     */
    public Match match(Line line) {
        if (line.isBlank() || triggers().indexOf(line.firstChar()) < 0) {
            return null;
        }
        CharSequence t = line.text();
        int fs = line.first();
        int e = line.end();
        if (fs + 2 >= e || t.charAt(fs + 1) != ' ') {
            return null;
        }
        int p = fs + 2;
        while (p < e && Chars.isSpace(t.charAt(p))) {
            p++;
        }
        if (p >= e || t.charAt(p) != '[') {
            return null;
        }
        int mid = Chars.indexOf(t, "](#", p, e);
        if (mid < 0) {
            return null;
        }
        int close = Chars.indexOf(t, ')', mid, e);
        if (close < 0) {
            return null;
        }
        String name = line.substring(p + 1, mid);
        String anchor = line.substring(mid + 3, close);
        OptionalInt total = OptionalInt.empty();
        int d = close + 1;
        int limit = e;
        while (d < limit && !Chars.isDigit(t.charAt(d))) {
            d++;
        }
        if (d >= limit) {
            // "[cs.CV (12)](#cs.CV)": the count inside the link text
            int open = Math.max(name.lastIndexOf('('), name.lastIndexOf('（'));
            if (open > 0 && open + 1 < name.length() && Chars.isDigit(name.charAt(open + 1))) {
                d = p + 1 + open + 1;
                limit = mid;
            }
        }
        if (d < limit) {
            long v = 0;
            int k = d;
            while (k < limit && Chars.isDigit(t.charAt(k)) && v < Integer.MAX_VALUE) {
                v = v * 10 + (t.charAt(k) - '0');
                k++;
            }
            if (v <= Integer.MAX_VALUE) {
                total = OptionalInt.of((int) v);
            }
        }
        return new Match(name, anchor, total);
    }
}
