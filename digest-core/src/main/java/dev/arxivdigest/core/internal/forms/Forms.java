package dev.arxivdigest.core.internal.forms;

import java.util.List;

/**
 * The list of forms, and what is derived from it: which lines start a block. Streaming cuts its
 * chunks before exactly these lines, and the lost-header look-ahead stops at them, so streaming and
 * whole-file parsing agree by construction. A new form that starts blocks is added here.
 */
public final class Forms {

    /** The forms of line other than headings that start a paper; a new one is added here. */
    public static final List<PaperStartForm> PAPER_STARTS = List.of(BareNumberedHeaderForm.INSTANCE);

    /** The forms of line the parser reads, block-starting ones first. */
    public static final List<Form> ALL = concat(List.of(HeadingForm.INSTANCE, AnchorForm.INSTANCE,
            TocEntryForm.INSTANCE, DetailsTagForm.INSTANCE, SeparatorForm.INSTANCE, BackLinksForm.INSTANCE),
            PAPER_STARTS);

    private static final TriggerTable<Form> BLOCK_STARTS = new TriggerTable<>(
            ALL.stream().filter(Form::startsBlock).toList(), Form[]::new);

    private static final TriggerTable<PaperStartForm> PAPER_START_TABLE = new TriggerTable<>(PAPER_STARTS,
            PaperStartForm[]::new);

    private Forms() {
    }

    private static List<Form> concat(List<Form> a, List<? extends Form> b) {
        List<Form> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /**
     * Whether a line starts a new block: a paper, a category, an anchor. Used to cut streamed chunks
     * and to bound look-aheads.
     *
     * @param line the line
     * @return whether a block-starting form opens it
     */
    public static boolean startsBlock(Line line) {
        if (line.isBlank()) {
            return false;
        }
        char c = line.firstChar();
        for (Form f : BLOCK_STARTS.candidates(c)) {
            if (f.opens(line)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the paper header of a line that one of the {@link #PAPER_STARTS} forms opens.
     *
     * @param line a line that is not blank
     * @return the first header read, or null if no paper-start form reads the line
     */
    public static PaperHeaderForm.Match paperStart(Line line) {
        char c = line.firstChar();
        for (PaperStartForm f : PAPER_START_TABLE.candidates(c)) {
            PaperHeaderForm.Match h = f.match(line);
            if (h != null) {
                return h;
            }
        }
        return null;
    }
}
