package dev.arxivdigest.core.internal.forms;

import dev.arxivdigest.model.ArxivId;

/**
 * A paper written as a bare numbered line, not a heading: {@code 1. [Title](https://arxiv.org/abs/…)}
 * at the start of the line, the link an arXiv one and nothing after it; its fields follow. Starts a
 * block.
 */
public final class BareNumberedHeaderForm implements PaperStartForm {

    /** The form. */
    public static final BareNumberedHeaderForm INSTANCE = new BareNumberedHeaderForm();

    private BareNumberedHeaderForm() {
    }

    @Override
    public boolean startsBlock() {
        return true;
    }

    @Override
    public String triggers() {
        return "0123456789";
    }

    @Override
    public boolean opens(Line line) {
        return match(line) != null;
    }

    @Override
    public PaperHeaderForm.Match match(Line line) {
        if (line.isBlank() || line.first() != line.start() || !Chars.isDigit(line.firstChar())) {
            return null;
        }
        PaperHeaderForm.Match m = PaperHeaderForm.INSTANCE.match(line, line.first(), line.trimmedEnd());
        if (m == null || m.broken() != null || m.trailing() >= 0 || ArxivId.fromUrl(m.link()).isEmpty()
                || line.charAt(line.first() + m.index().length()) != '.') {
            return null;
        }
        return m;
    }
}
