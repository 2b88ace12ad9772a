package dev.arxivdigest.core.internal.forms;

/**
 * A bold label: {@code **Label:** v}, {@code **Label**: v}, {@code **Label: v**} (the value closed
 * on its line) or {@code **Label**} alone on its line with the value below.
 */
public final class BoldLabelForm implements LabelForm {

    @Override
    public boolean startsAt(CharSequence t, int p, int e) {
        return t.charAt(p) == '*' && p + 1 < e && t.charAt(p + 1) == '*';
    }

    @Override
    public Match read(CharSequence t, int p, int e) {
        int close = Chars.indexOf(t, "**", p + 2, e);
        if (close < 0 || close >= e || close - p > 100) {
            return null;
        }
        int labelStart = p + 2;
        int q = close;
        int innerColon = -1;
        for (int i = labelStart; i < q && i - labelStart < 40; i++) {
            char x = t.charAt(i);
            if (x == '：' || (x == ':' && i + 1 < q && t.charAt(i + 1) == ' ')) {
                innerColon = i;
                break;
            }
        }
        if (innerColon > labelStart && innerColon < q - 1 && LabelForm.restBlank(t, q + 2, e)) {
            return LabelForms.trimmed(t, labelStart, innerColon, innerColon + 1, q, true, false); // **Label: value**
        } else if (q > labelStart && LabelForm.isColon(t.charAt(q - 1))) {
            return LabelForms.trimmed(t, labelStart, q - 1, q + 2, -1, true, false);
        } else if (q + 2 < e && LabelForm.isColon(t.charAt(q + 2))) {
            return LabelForms.trimmed(t, labelStart, q, q + 3, -1, true, false);
        } else if (LabelForm.restBlank(t, q + 2, e)) {
            return LabelForms.trimmed(t, labelStart, q, e, -1, true, false);
        }
        return null;
    }
}
