package dev.arxivdigest.core.internal.forms;

/**
 * A delimiter of YAML front matter: {@code ---} alone on a line (it opens the front matter on the
 * file's first line and closes it), or {@code ...} (it closes it). What lies between is the file's
 * metadata for a site generator, not part of the digest; the session skips it. Does not start a
 * block.
 */
public final class FrontMatterForm implements Form {

    /** The form. */
    public static final FrontMatterForm INSTANCE = new FrontMatterForm();

    private FrontMatterForm() {
    }

    @Override
    public boolean startsBlock() {
        return false;
    }

    @Override
    public String triggers() {
        return "-";
    }

    /** {@return whether the line is {@code ---} at its start, trailing spaces allowed: the opening delimiter} */
    @Override
    public boolean opens(Line line) {
        return is(line, '-');
    }

    /** {@return whether the line closes front matter: {@code ---} or {@code ...} at its start} */
    public boolean closes(Line line) {
        return is(line, '-') || is(line, '.');
    }

    private static boolean is(Line line, char c) {
        return line.first() == line.start() && line.trimmedEnd() - line.start() == 3 && line.charAt(line.start()) == c
                && line.charAt(line.start() + 1) == c && line.charAt(line.start() + 2) == c;
    }
}
