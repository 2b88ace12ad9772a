package dev.arxivdigest.core.internal.forms;

/** A details block tag at the start of a line: {@code <details>}, {@code </details>}, {@code <summary>}. */
public final class DetailsTagForm implements Form {

    /** The form. */
    public static final DetailsTagForm INSTANCE = new DetailsTagForm();

    /** Which tag. */
    public enum Tag {
        /** {@code <details>}, possibly with its summary on the same line. */
        OPEN,
        /** {@code </details>}. */
        CLOSE,
        /** {@code <summary>…</summary>}. */
        SUMMARY
    }

    private DetailsTagForm() {
    }

    @Override
    public boolean startsBlock() {
        return false;
    }

    @Override
    public String triggers() {
        return "<";
    }

    @Override
    public boolean opens(Line line) {
        return match(line) != null;
    }

    /**
     * Reads the tag a line starts with, in any case.
     *
     * @param line the line
     * @return the tag, or null if the line starts with none of them
     */
    public Tag match(Line line) {
        CharSequence t = line.text();
        int fs = line.first();
        if (Chars.startsWithIgnoreCase(t, fs, "<details")) {
            return Tag.OPEN;
        }
        if (Chars.startsWithIgnoreCase(t, fs, "</details")) {
            return Tag.CLOSE;
        }
        if (Chars.startsWithIgnoreCase(t, fs, "<summary")) {
            return Tag.SUMMARY;
        }
        return null;
    }
}
