package dev.arxivdigest.core.internal.forms;

/**
 * One way of writing a section label at the start of a line, after an optional quote or list
 * marker ({@link LabelForms} strips it): {@code Label: v}, {@code **Label:** v}, {@code #### Label}...
 * Recognises only; whether a label starts a section where it stands is the paper builder's call.
 */
public interface LabelForm {

    /**
     * A label and where its value is on the line.
     *
     * @param labelStart index of the label text
     * @param labelEnd index just past it, trailing spaces and colon excluded
     * @param valueStart index where the value starts (the line's end if it has none)
     * @param valueEnd index where the value ends when the form closes it on the line
     *     ({@code **Label: value**}), or -1 for the line's end
     * @param marker whether a quote or list marker came first
     * @param strong whether the label is set off by markup (bold, heading, brackets)
     * @param heading whether the label is a sub-heading ({@code #### Label})
     */
    record Match(int labelStart, int labelEnd, int valueStart, int valueEnd, boolean marker, boolean strong,
                 boolean heading) {

        Match withMarker(boolean m) {
            return m == marker ? this : new Match(labelStart, labelEnd, valueStart, valueEnd, m, strong, heading);
        }
    }

    /**
     * Whether a label of this form starts at {@code p}: when true, no other form is tried.
     *
     * @param t the text
     * @param p index after any marker
     * @param e index of the line's end
     * @return whether this form is the one to read the label
     */
    boolean startsAt(CharSequence t, int p, int e);

    /**
     * Reads the label that starts at {@code p}.
     *
     * @param t the text
     * @param p index after any marker
     * @param e index of the line's end
     * @return the label, with {@code marker} false, or null if there is none
     */
    Match read(CharSequence t, int p, int e);

    /** {@return whether {@code [from, e)} holds only white space} */
    static boolean restBlank(CharSequence t, int from, int e) {
        for (int i = from; i < e; i++) {
            if (!Chars.isSpace(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@return whether a character is a colon, ASCII or full-width} */
    static boolean isColon(char c) {
        return c == ':' || c == '：';
    }
}
