package dev.arxivdigest.core.internal.forms;

/** A label in lenticular brackets, {@code 【TL;DR】 value} (a colon after the bracket is allowed). */
public final class LenticularLabelForm implements LabelForm {

    @Override
    public boolean startsAt(CharSequence t, int p, int e) {
        return t.charAt(p) == '【';
    }

    @Override
    public Match read(CharSequence t, int p, int e) {
        int close = Chars.indexOf(t, '】', p + 1, Math.min(e, p + 82));
        if (close < 0) {
            return null;
        }
        int labelStart = p + 1;
        while (labelStart < close && Chars.isSpace(t.charAt(labelStart))) {
            labelStart++;
        }
        int value = close + 1;
        if (value < e && LabelForm.isColon(t.charAt(value))) {
            value++;
        }
        return LabelForms.trimmed(t, labelStart, close, value, -1, true, false);
    }
}
