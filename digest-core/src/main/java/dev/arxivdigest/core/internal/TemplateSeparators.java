package dev.arxivdigest.core.internal;

import dev.arxivdigest.model.Field;

import java.util.List;

/**
 * The separators of the canonical upstream template ({@link dev.arxivdigest.core.DigestWriter}): how
 * many line feeds it writes between a value's last character and the next structural line. In a
 * paper written in that template, the line feeds beyond the separator are the value's own (a model
 * text ending in {@code \n\n}), so the value gets one {@code \n} per extra line feed and the writer
 * writes the same bytes back. A paper is taken as written in the template when its header is a
 * heading with the link, it has an authors line, a closed details block with a summary, no problem
 * found while reading it, every section opened by a plain {@code Label: } line at the start of the
 * line, no gap shorter than the template's, and, among the prose fields (the only values given line
 * feeds), at least as many gaps exactly the template's as longer ones (a fork that puts two blank
 * lines between fields keeps its values as they are).
 */
final class TemplateSeparators {

    /** Line feeds between a value and the next section's label line in the same block. */
    static final int BETWEEN_SECTIONS = 2;
    /** Line feeds between the last value above the details block and {@code <details>}. */
    static final int BEFORE_DETAILS = 3;
    /** Line feeds between the last value in the details block and {@code </details>}. */
    static final int BEFORE_DETAILS_END = 2;

    private TemplateSeparators() {
    }

    /**
     * Gives the values of a paper in the canonical template their trailing line feeds.
     *
     * @param before the sections above the details block, in order
     * @param inside the sections in the details block, in order
     * @param detailsLine the line of {@code <details>}
     * @param detailsEndLine the line of {@code </details>}
     */
    static void restoreTrailingNewlines(List<SectionBuilder> before, List<SectionBuilder> inside,
                                        int detailsLine, int detailsEndLine) {
        int exact = 0;
        int longer = 0;
        for (int pass = 0; pass < 2; pass++) {
            List<SectionBuilder> list = pass == 0 ? before : inside;
            for (int i = 0; i < list.size(); i++) {
                SectionBuilder b = list.get(i);
                int extra = extra(list, i, pass == 0 ? detailsLine : detailsEndLine,
                        pass == 0 ? BEFORE_DETAILS : BEFORE_DETAILS_END);
                if (!b.plainLabelLine || extra < 0) {
                    return;
                }
                if (!holdsModelText(b)) {
                    continue;
                }
                if (extra == 0) {
                    exact++;
                } else {
                    longer++;
                }
            }
        }
        if (longer == 0 || longer > exact) {
            return;
        }
        for (int pass = 0; pass < 2; pass++) {
            List<SectionBuilder> list = pass == 0 ? before : inside;
            for (int i = 0; i < list.size(); i++) {
                if (!holdsModelText(list.get(i))) {
                    continue;
                }
                list.get(i).trailingNewlines = extra(list, i, pass == 0 ? detailsLine : detailsEndLine,
                        pass == 0 ? BEFORE_DETAILS : BEFORE_DETAILS_END);
            }
        }
    }

    /**
     * Whether the section holds a prose field (TL;DR, motivation, ..., abstract), text that may end in
     * line feeds; the main category and labels without field are one-line values.
     */
    private static boolean holdsModelText(SectionBuilder b) {
        return b.field.isPresent() && b.field.get() != Field.MAIN_CATEGORY;
    }

    /** The line feeds after section {@code i} beyond the template's separator (negative if fewer). */
    private static int extra(List<SectionBuilder> list, int i, int blockEndLine, int lastSeparator) {
        boolean last = i + 1 == list.size();
        int next = last ? blockEndLine : list.get(i + 1).line;
        return next - list.get(i).endLine() - (last ? lastSeparator : BETWEEN_SECTIONS);
    }
}
