package dev.arxivdigest.core.internal.forms;

/**
 * A second label written on a label line after a bar: {@code Score: 4/5 | Tags: a, b, c},
 * {@code **Score:** 4/5 | **Tags:** a, b}. The value before the bar is short (at most 120
 * characters: a score, a short list) and so is the label after it (at most 40 characters before its
 * colon, starting with a letter or {@code *}), so that a bar inside running text ({@code a | b})
 * does not split the value. At most 120 characters and a bounded look-ahead per label line, so long
 * values cost nothing. Stateless.
 */
public final class PipedLabelForm {

    /** How long the value before the bar may be: a score or a short list, not running text. */
    private static final int MAX_VALUE = 120;

    /** How far after a bar the label's colon may be. */
    private static final int MAX_LABEL = 40;

    /**
     * A label after a bar.
     *
     * @param valueEnd where the first value ends (before the bar and the spaces around it)
     * @param labelAt where the second label (or its markup) starts
     */
    public record Match(int valueEnd, int labelAt) {
    }

    private PipedLabelForm() {
    }

    /**
     * Finds the first bar in the first 120 characters of {@code [from, to)} of a line that is followed by a label.
     *
     * @param line the line
     * @param from where the first value starts
     * @param to where it ends
     * @return the bar's split, or null if no label follows a bar
     */
    public static Match match(Line line, int from, int to) {
        CharSequence t = line.text();
        if (Chars.indexOf(t, '|', from, Math.min(to, from + MAX_VALUE + 2)) < 0) {
            return null; // the common case: no bar at all
        }
        int last = Math.min(to - 1, from + MAX_VALUE + 1);
        for (int i = from + 1; i < last; i++) {
            if (t.charAt(i) != '|' || !Chars.isSpace(t.charAt(i - 1)) || !Chars.isSpace(t.charAt(i + 1))) {
                continue;
            }
            int p = i + 1;
            while (p < to && Chars.isSpace(t.charAt(p))) {
                p++;
            }
            if (p >= to || !(Character.isLetter(t.charAt(p)) || t.charAt(p) == '*') || !colonWithin(t, p, to)) {
                continue;
            }
            LabelForm.Match m = LabelForms.match(line, p);
            if (m == null || m.heading() || m.labelEnd() - m.labelStart() > MAX_LABEL || m.valueStart() >= to) {
                continue;
            }
            int end = i;
            while (end > from && Chars.isSpace(t.charAt(end - 1))) {
                end--;
            }
            if (end > from) {
                return new Match(end, p);
            }
        }
        return null;
    }

    private static boolean colonWithin(CharSequence t, int p, int to) {
        for (int k = p; k < to && k <= p + MAX_LABEL + 4; k++) {
            char c = t.charAt(k);
            if (c == ':' || c == '：') {
                return true;
            }
            if (c == '|') {
                return false;
            }
        }
        return false;
    }
}
