package dev.arxivdigest.core.internal.forms;

/** A label as a sub-heading, {@code #### Label} (three to six {@code #}), its value on the lines below. */
public final class HeadingLabelForm implements LabelForm {

    @Override
    public boolean startsAt(CharSequence t, int p, int e) {
        return t.charAt(p) == '#';
    }

    @Override
    public Match read(CharSequence t, int p, int e) {
        int h = p;
        while (h < e && t.charAt(h) == '#') {
            h++;
        }
        if (h - p < 3 || h >= e || !Chars.isSpace(t.charAt(h))) {
            return null;
        }
        int labelStart = h;
        while (labelStart < e && Chars.isSpace(t.charAt(labelStart))) {
            labelStart++;
        }
        int labelEnd = e;
        while (labelEnd > labelStart && Chars.isSpace(t.charAt(labelEnd - 1))) {
            labelEnd--;
        }
        if (labelEnd > labelStart && LabelForm.isColon(t.charAt(labelEnd - 1))) {
            labelEnd--;
        }
        return LabelForms.trimmed(t, labelStart, labelEnd, e, -1, true, true);
    }
}
