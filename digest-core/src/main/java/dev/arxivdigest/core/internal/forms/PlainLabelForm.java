package dev.arxivdigest.core.internal.forms;

/**
 * A plain label: {@code Label: v} (a colon followed by a space or the line's end) or
 * {@code Label：v} (a full-width colon), the colon within 64 characters. Starts anywhere: the last
 * form tried.
 */
public final class PlainLabelForm implements LabelForm {

    @Override
    public boolean startsAt(CharSequence t, int p, int e) {
        return true;
    }

    @Override
    public Match read(CharSequence t, int p, int e) {
        int limit = Math.min(e, p + 64);
        int colon = -1;
        for (int i = p; i < limit; i++) {
            char x = t.charAt(i);
            if (x == ':') {
                if (i + 1 == e || t.charAt(i + 1) == ' ' || t.charAt(i + 1) == '\t') {
                    colon = i;
                }
                break;
            }
            if (x == '：') {
                colon = i;
                break;
            }
        }
        if (colon <= p) {
            return null;
        }
        return LabelForms.trimmed(t, p, colon, colon + 1, -1, false, false);
    }
}
