package dev.arxivdigest.core.internal.forms;

/** A thematic break between papers: three or more {@code -}, {@code *} or {@code _}, spaces allowed. */
public final class SeparatorForm implements Form {

    /** The form. */
    public static final SeparatorForm INSTANCE = new SeparatorForm();

    private SeparatorForm() {
    }

    @Override
    public boolean startsBlock() {
        return false;
    }

    @Override
    public String triggers() {
        return "-*_";
    }

    /** {@return whether the line is a separator} */
    @Override
    public boolean opens(Line line) {
        if (line.isBlank()) {
            return false;
        }
        char c = line.firstChar();
        if (triggers().indexOf(c) < 0) {
            return false;
        }
        int n = 0;
        for (int i = line.first(); i < line.end(); i++) {
            char x = line.charAt(i);
            if (x == c) {
                n++;
            } else if (!Chars.isSpace(x)) {
                return false;
            }
        }
        return n >= 3;
    }
}
