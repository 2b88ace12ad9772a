package dev.arxivdigest.core.internal.forms;

import java.util.List;

/**
 * The label forms, tried in order after an optional quote ({@code > }) or list marker ({@code - },
 * {@code * }, {@code + }, {@code • }): the first form that starts at the label's position reads it.
 * A new label form is one class added to {@link #ALL}.
 */
public final class LabelForms {

    /** The label forms, most specific first; the plain form, last, starts anywhere. */
    public static final List<LabelForm> ALL = List.of(new HeadingLabelForm(), new BoldLabelForm(),
            new LenticularLabelForm(), new PlainLabelForm());

    private static final LabelForm[] FORMS = ALL.toArray(new LabelForm[0]);

    private LabelForms() {
    }

    /**
     * Reads a label at {@code from} on a line.
     *
     * @param line the line
     * @param from index where the label (or its marker) starts
     * @return the label, or null if none is written there
     */
    public static LabelForm.Match match(Line line, int from) {
        CharSequence t = line.text();
        int e = line.end();
        int p = from;
        boolean marker = false;
        char c = t.charAt(p);
        if (c == '>') {
            p++;
            while (p < e && Chars.isSpace(t.charAt(p))) {
                p++;
            }
            marker = true;
        } else if ((c == '-' || c == '+' || c == '*' || c == '•') && p + 1 < e && t.charAt(p + 1) == ' ') {
            p += 2;
            while (p < e && Chars.isSpace(t.charAt(p))) {
                p++;
            }
            marker = true;
        }
        if (p >= e) {
            return null;
        }
        for (LabelForm f : FORMS) {
            if (f.startsAt(t, p, e)) {
                LabelForm.Match m = f.read(t, p, e);
                return m == null ? null : m.withMarker(marker);
            }
        }
        return null;
    }

    /** Trims trailing spaces off a label; null if nothing is left. */
    static LabelForm.Match trimmed(CharSequence t, int labelStart, int labelEnd, int valueStart, int valueEnd,
                                   boolean strong, boolean heading) {
        while (labelEnd > labelStart && Chars.isSpace(t.charAt(labelEnd - 1))) {
            labelEnd--;
        }
        if (labelEnd <= labelStart) {
            return null;
        }
        return new LabelForm.Match(labelStart, labelEnd, valueStart, valueEnd, false, strong, heading);
    }
}
