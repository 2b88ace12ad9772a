package dev.arxivdigest.core.internal.forms;

import java.util.Locale;
import java.util.Set;

/**
 * The line of a paper's metadata that gives its link, for papers whose header holds only the title
 * ({@code ### Title}): {@code - **arXiv**: [2608.19280](https://arxiv.org/abs/2608.19280) · [PDF](…)},
 * also with the label {@code DOI}, {@code URL} or {@code Link}, and with a bare URL or
 * {@code <URL>} for the value. The link is the first one of the value. Any label form
 * ({@link LabelForms}) reads the label. Does not start a block: the heading above it does.
 */
public final class MetadataLinkForm implements Form {

    /** The form. */
    public static final MetadataLinkForm INSTANCE = new MetadataLinkForm();

    /** The labels of a link line, lower case. */
    private static final Set<String> LABELS = Set.of("arxiv", "arxiv id", "doi", "url", "link", "链接", "論文", "论文");

    private MetadataLinkForm() {
    }

    @Override
    public boolean startsBlock() {
        return false;
    }

    @Override
    public String triggers() {
        return "-*+•>aAdDuUlL链論论";
    }

    @Override
    public boolean opens(Line line) {
        return match(line) != null;
    }

    /**
     * Reads the link a metadata line gives.
     *
     * @param line the line
     * @return the link (an {@code http} or {@code https} URL), or null if the line is not a link line
     */
    public String match(Line line) {
        if (line.isBlank()) {
            return null;
        }
        LabelForm.Match m = LabelForms.match(line, line.first());
        if (m == null || m.heading() || m.labelEnd() - m.labelStart() > 12) {
            return null;
        }
        String label = line.substring(m.labelStart(), m.labelEnd()).toLowerCase(Locale.ROOT);
        if (!LABELS.contains(label)) {
            return null;
        }
        int e = m.valueEnd() >= 0 ? m.valueEnd() : line.trimmedEnd();
        int p = m.valueStart();
        while (p < e && Chars.isSpace(line.charAt(p))) {
            p++;
        }
        if (p >= e) {
            return null;
        }
        int from;
        int to;
        char c = line.charAt(p);
        if (c == '[') {
            int close = Chars.indexOf(line.text(), "](", p + 1, e);
            if (close < 0) {
                return null;
            }
            from = close + 2;
            to = Chars.indexOf(line.text(), ')', from, e);
        } else if (c == '<') {
            from = p + 1;
            to = Chars.indexOf(line.text(), '>', from, e);
        } else {
            from = p;
            to = from;
            while (to < e && !Chars.isSpace(line.charAt(to))) {
                to++;
            }
        }
        if (to < 0 || to <= from) {
            return null;
        }
        String link = line.substring(from, to).strip();
        boolean web = Chars.startsWithIgnoreCase(link, 0, "https://") || Chars.startsWithIgnoreCase(link, 0, "http://");
        return web && link.indexOf(' ') < 0 ? link : null;
    }
}
