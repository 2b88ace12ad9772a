package dev.arxivdigest.core.internal.forms;

import java.util.Locale;

/**
 * An anchor alone on its line, {@code <div id='cs.CV'></div>} or {@code <a id="cs.CV"></a>} (also
 * {@code name=} and self-closing tags): it names the category below it, or the table of contents.
 * Starts a block.
 */
public final class AnchorForm implements Form {

    /** The form. */
    public static final AnchorForm INSTANCE = new AnchorForm();

    private AnchorForm() {
    }

    @Override
    public boolean startsBlock() {
        return true;
    }

    @Override
    public String triggers() {
        return "<";
    }

    /** Up to four spaces, then {@code <div} or {@code <a }, in any case. */
    @Override
    public boolean opens(Line line) {
        int i = line.afterIndent();
        return Chars.startsWithIgnoreCase(line.text(), i, "<div") || Chars.startsWithIgnoreCase(line.text(), i, "<a ");
    }

    /**
     * Reads the id of an anchor spanning the whole line.
     *
     * @param line the line
     * @return the id as written, or null if the line is not an anchor
     */
    public String match(Line line) {
        int fs = line.first();
        if (!(Chars.startsWithIgnoreCase(line.text(), fs, "<div") || Chars.startsWithIgnoreCase(line.text(), fs, "<a "))) {
            return null;
        }
        String text = line.substring(fs, line.trimmedEnd());
        String lower = text.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith("</div>") || lower.endsWith("</a>") || lower.endsWith("/>"))) {
            return null;
        }
        int attr = lower.indexOf(" id=");
        int len = 4;
        if (attr < 0) {
            attr = lower.indexOf(" name=");
            len = 6;
        }
        if (attr < 0) {
            return null;
        }
        int v = attr + len;
        if (v >= text.length()) {
            return null;
        }
        char qc = text.charAt(v);
        int vs;
        int ve;
        if (qc == '\'' || qc == '"') {
            vs = v + 1;
            ve = text.indexOf(qc, vs);
        } else {
            vs = v;
            ve = vs;
            while (ve < text.length() && text.charAt(ve) != '>' && text.charAt(ve) != ' ' && text.charAt(ve) != '/') {
                ve++;
            }
        }
        if (ve < vs) {
            return null;
        }
        int gt = text.indexOf('>', ve);
        if (gt < 0) {
            return null;
        }
        String rest = lower.substring(gt + 1).strip();
        if (!(rest.isEmpty() || rest.equals("</div>") || rest.equals("</a>"))) {
            return null;
        }
        return text.substring(vs, ve);
    }
}
