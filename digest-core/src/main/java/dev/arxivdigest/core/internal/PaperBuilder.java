package dev.arxivdigest.core.internal;

import dev.arxivdigest.core.ProblemReporter;
import dev.arxivdigest.core.SectionExtractor;
import dev.arxivdigest.core.SectionView;
import dev.arxivdigest.core.internal.forms.BackLinksForm;
import dev.arxivdigest.core.internal.forms.Forms;
import dev.arxivdigest.core.internal.forms.LabelForm;
import dev.arxivdigest.core.internal.forms.LabelForms;
import dev.arxivdigest.core.internal.forms.Line;
import dev.arxivdigest.core.internal.forms.PipedLabelForm;
import dev.arxivdigest.core.internal.forms.SeparatorForm;
import dev.arxivdigest.core.internal.forms.TextWindow;
import dev.arxivdigest.model.ArxivId;
import dev.arxivdigest.model.Attributes;
import dev.arxivdigest.model.Details;
import dev.arxivdigest.model.Field;
import dev.arxivdigest.model.Key;
import dev.arxivdigest.model.Link;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.ProblemCode;
import dev.arxivdigest.model.Section;
import dev.arxivdigest.model.SourceSpan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Accumulates one paper, line by line, as positions into the session's current chunk; builds the
 * immutable {@link Paper} at the end. Not thread-safe.
 */
final class PaperBuilder {

    private final ParseSession session;
    /** The current line, the session's, which this builder only reads. */
    private final Line line;
    private final int headerLine;
    private final long headerOffset;
    private final String index;
    private final String title;
    private final String link;
    final Optional<ArxivId> arxivId;

    private List<String> authors;
    private final List<SectionBuilder> before = new ArrayList<>(6);
    private final List<SectionBuilder> inside = new ArrayList<>(8);
    private SectionBuilder current;
    private boolean paragraphStart = true;
    /** Where the paper is; each state handles a line. */
    PaperState state = PaperState.BEFORE_AUTHORS;
    private int detailsLine;
    private int detailsColumn;
    private long detailsOffset;
    private String summary = "";
    private boolean sawSummary;
    private long detailsEndOffset;
    private int detailsEndLine;
    private int detailsEndColumn;
    private long endOffset;
    private int endLine;
    private int endColumn;
    private final List<Problem> problems = new ArrayList<>(2);
    private int chars;
    private boolean overLimit;

    PaperBuilder(ParseSession session, Line line, int headerLine, long headerOffset, String index, String title,
                 String link) {
        this.session = session;
        this.line = line;
        this.headerLine = headerLine;
        this.headerOffset = headerOffset;
        this.index = index;
        this.title = title;
        this.link = link;
        this.arxivId = ArxivId.fromUrl(link);
        mark(line.end());
    }

    void problem(ProblemCode code, int line, int column, String message) {
        Problem p = Problem.of(code, line, column, message);
        if (session.problems.add(p)) {
            problems.add(p);
        }
    }

    private void mark(int e) {
        endOffset = line.offset(e);
        endLine = line.number();
        endColumn = line.column(e);
    }

    private int col(int i) {
        return line.column(i);
    }

    // ------------------------------------------------------------------ lines

    /** {@return whether the paper reached its length limit, its later lines being skipped} */
    boolean overLimit() {
        return overLimit;
    }

    void blank() {
        paragraphStart = true;
    }

    void line(int s, int e, int fs) {
        if (session.config.maxPaperChars() > 0) {
            chars += e - s + 1 + session.lineCut;
            if (chars > session.config.maxPaperChars()) {
                if (!overLimit) {
                    overLimit = true;
                    problem(ProblemCode.LIMIT_EXCEEDED, line.number(), 1, "paper is longer than the limit of "
                            + session.config.maxPaperChars() + " characters; the rest of it is skipped");
                }
                return;
            }
        }
        state.line(this, s, e, fs);
    }

    /**
     * A line where the authors line is expected: the authors, a translated title or a label above
     * them. Returns false, having moved to the body, if the line is none of them.
     */
    boolean aboveAuthors(int s, int e, int fs) {
        if (authorsLine(s, e, fs)) {
            state = PaperState.BODY;
            openerForm = NO_FORM;
            mark(e);
            paragraphStart = false;
            return true;
        }
        if (line.text().charAt(fs) == '>' && translatedTitle(s, e, fs)) {
            openerForm = NO_FORM;
            mark(e);
            return true;
        }
        if (matchLabel(s, e, fs)) {
            // a label above the authors (a translated title) keeps the authors line expected
            if (state == PaperState.BEFORE_AUTHORS
                    && !(authors == null && (current == null || current.field.isEmpty()))) {
                state = PaperState.BODY;
            }
            mark(e);
            paragraphStart = false;
            return true;
        }
        state = PaperState.BODY;
        return false;
    }

    /** A line of the paper's body: a separator, back-links, a label, or text of the running section. */
    void body(int s, int e, int fs) {
        TextWindow t = line.text();
        char f = t.charAt(fs);
        if (SeparatorForm.INSTANCE.opens(line)) {
            closeSection();
            paragraphStart = true;
            return;
        }
        if (BackLinksForm.INSTANCE.opens(line)) {
            closeSection();
            paragraphStart = true;
            return;
        }
        if (matchLabel(s, e, fs)) {
            mark(e);
            paragraphStart = false;
            return;
        }
        if (current != null && paragraphStart && f == '>' && !current.quoted && bareTldrAllowed()) {
            closeSection();
        }
        if (current != null && paragraphStart && fs == s && openedByListItem() && bareAbstractAllowed()) {
            closeSection(); // the paragraph after a metadata list is not the last item's
        }
        if (current == null && state == PaperState.AFTER_DETAILS) {
            // text after the details block is not the paper's: the generator writes nothing there
            if (paragraphStart) {
                session.report(ProblemCode.UNEXPECTED_TEXT, line.number(), col(fs),
                        "text after the paper's details block is skipped: " + session.excerpt(fs, e));
            }
            paragraphStart = false;
            return;
        }
        if (current == null && paragraphStart && bareAbstractAllowed()) {
            // under a title-only header, the paragraph after the metadata list is the abstract
            openerForm = NO_FORM;
            current = new SectionBuilder(session, line, "", Labels.shared(Field.ABSTRACT), line.number(), col(fs),
                    line.offset(s), false);
        }
        if (current == null) {
            openerForm = NO_FORM;
            if (bareTldrAllowed() && paragraphStart) {
                // a paragraph without label before the details block stands for the TL;DR (bare or quoted)
                current = new SectionBuilder(session, line, "", Labels.shared(Field.TLDR), line.number(), col(fs),
                        line.offset(s), false);
                if (f == '>') {
                    current.quoted = true;
                    int v = fs + 1;
                    if (v < e && t.charAt(v) == ' ') {
                        v++;
                    }
                    current.extendFrom(v, e);
                    mark(e);
                    paragraphStart = false;
                    return;
                }
            } else {
                current = new SectionBuilder(session, line, "", Optional.empty(), line.number(), col(s), line.offset(s),
                        state.inDetails());
                problem(ProblemCode.PAPER_UNLABELLED_TEXT, line.number(), col(fs),
                        "text that belongs to no label is kept as an unlabelled section: " + session.excerpt(fs, e));
            }
        }
        current.extend(s, e, fs);
        runningContinued = true;
        if (current.field.isPresent() && current.field.get() == Field.MAIN_CATEGORY) {
            closeSection(); // a one-line field: what follows is not part of it
        }
        mark(e);
        paragraphStart = false;
    }

    /**
     * Whether an unlabelled paragraph here is the abstract: the paper's header held only its title and
     * its link came from a metadata line ({@link #linkLine}), no details block and no abstract yet.
     */
    private boolean bareAbstractAllowed() {
        if (linkLine == 0 || !state.beforeDetails()) {
            return false;
        }
        for (SectionBuilder b : before) {
            if (b.field.isPresent() && b.field.get() == Field.ABSTRACT) {
                return false;
            }
        }
        return true;
    }

    /** Whether the running section was opened by a label on a list item ({@code - **TL;DR**: …}). */
    private boolean openedByListItem() {
        return openerForm != NO_FORM && (openerForm >>> 8 & 0xFFFF) != 0;
    }

    /**
     * The line of the metadata line that gave the paper its link, when the header held only the title
     * ({@code ### Title} then {@code - **arXiv**: [id](url)}); 0 otherwise.
     */
    int linkLine;
    /** The links the header shows after the title's link (issue 10). */
    List<Link> headerLinks = List.of();

    /** Whether an unlabelled paragraph here is the TL;DR: before the details block, none seen yet. */
    private boolean bareTldrAllowed() {
        if (!state.beforeDetails() || authors == null) {
            return false;
        }
        for (SectionBuilder b : before) {
            if (b.field.isPresent() && b.field.get() == Field.TLDR) {
                return false;
            }
        }
        return current == null || !(current.field.isPresent() && current.field.get() == Field.TLDR);
    }

    /** A quoted line between the header and the authors: the title in another language. */
    private boolean translatedTitle(int s, int e, int fs) {
        Range r = unemphasised(line.text(), fs + 1, e);
        if (r.to() <= r.from()) {
            return false;
        }
        closeSection();
        SectionBuilder sb = new SectionBuilder(session, line, TRANSLATED_TITLE, Optional.empty(), line.number(), col(fs),
                line.offset(s), false);
        sb.extendFrom(r.from(), r.to());
        before.add(sb);
        return true;
    }

    /** A range of the current text. */
    private record Range(int from, int to) {
    }

    /** {@code [a, b)} without the white space at its ends and one pair of {@code *} or {@code _} around it. */
    private static Range unemphasised(CharSequence t, int a, int b) {
        while (a < b && ParseSession.isSpace(t.charAt(a))) {
            a++;
        }
        while (b > a && ParseSession.isSpace(t.charAt(b - 1))) {
            b--;
        }
        if (b - a >= 2 && (t.charAt(a) == '*' || t.charAt(a) == '_') && t.charAt(b - 1) == t.charAt(a)
                && t.charAt(a + 1) != t.charAt(a)) {
            a++;
            b--;
        }
        return new Range(a, b);
    }

    /** The label given to a translated title that the digest writes without a label. */
    static final String TRANSLATED_TITLE = "Translated title";

    /** Reads {@code *A,B*}; returns false if the line is not an authors line. */
    private boolean authorsLine(int s, int e, int fs) {
        TextWindow t = line.text();
        int te = e;
        while (te > fs && ParseSession.isSpace(t.charAt(te - 1))) {
            te--;
        }
        if (t.charAt(fs) != '*' || te - fs < 2 || t.charAt(te - 1) != '*') {
            return false;
        }
        int bar = ParseSession.indexOf(t, "* |", fs + 1, te);
        if (bar > fs && bar < te && t.charAt(fs + 1) != '*') {
            // *A, B* | **Main category: cs.CV**
            int rest = bar + 3;
            while (rest < te && ParseSession.isSpace(t.charAt(rest))) {
                rest++;
            }
            authors = splitAuthors(t, fs + 1, bar);
            boolean saved = paragraphStart;
            paragraphStart = true;
            if (rest < te && matchLabel(s, e, rest)) {
                closeSection();
            }
            paragraphStart = saved;
            return true;
        }
        if (t.charAt(fs + 1) == '*') {
            // a bold line: an author list whose first name starts with '*' is not plausible, a label is
            int close = ParseSession.indexOf(t, "**", fs + 2, te);
            if (close > 0 && close < te) {
                return false;
            }
        }
        authors = splitAuthors(t, fs + 1, te - 1);
        return true;
    }

    /**
     * Splits an authors line at commas. When the parts alternate between names and initials only
     * ({@code Smith, J., Doe, A. B.}), each pair is one "Lastname, F." name, kept as written.
     */
    private static List<String> splitAuthors(CharSequence t, int from, int to) {
        int[] ranges = new int[16]; // start, end of each part
        int parts = 0;
        int start = from;
        boolean alternating = true;
        for (int i = from; i <= to; i++) {
            if (i == to || t.charAt(i) == ',') {
                int a = start;
                int b = i;
                while (a < b && t.charAt(a) == ' ') {
                    a++;
                }
                while (b > a && t.charAt(b - 1) == ' ') {
                    b--;
                }
                if (b > a) {
                    alternating &= isInitials(t, a, b) == (parts % 2 == 1);
                    if (2 * parts + 2 > ranges.length) {
                        ranges = java.util.Arrays.copyOf(ranges, ranges.length * 2);
                    }
                    ranges[2 * parts] = a;
                    ranges[2 * parts + 1] = b;
                    parts++;
                }
                start = i + 1;
            }
        }
        boolean pairs = alternating && parts >= 2 && parts % 2 == 0;
        List<String> names = new ArrayList<>(pairs ? parts / 2 : parts);
        for (int k = 0; k < parts; k += pairs ? 2 : 1) {
            names.add(t.subSequence(ranges[2 * k], ranges[2 * k + (pairs ? 3 : 1)]).toString());
        }
        return names;
    }

    /** {@code J.}, {@code A. B.}, {@code J.-P.}, {@code Ch.}: letters, each group ended by a period. */
    private static boolean isInitials(CharSequence t, int a, int b) {
        int letters = 0;
        boolean sawPeriod = false;
        for (int i = a; i < b; i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                if (letters == 0 && !Character.isUpperCase(c)) {
                    return false;
                }
                if (++letters > 2) {
                    return false;
                }
            } else if (c == '.' && letters > 0) {
                letters = 0;
                sawPeriod = true;
            } else if ((c == ' ' || c == '-') && letters == 0) {
                continue;
            } else {
                return false;
            }
        }
        return sawPeriod && letters == 0;
    }

    boolean hasAuthors() {
        return authors != null && !authors.isEmpty();
    }

    // ------------------------------------------------------------------ labels

    /**
     * Recognises a label line and opens its section. Forms: {@code Label: v}, {@code Label：v},
     * {@code **Label:** v}, {@code **Label**: v}, bulleted or quoted variants, and {@code ####} sub-headings.
     */
    private boolean matchLabel(int s, int e, int fs) {
        valueEndOverride = -1;
        LabelForm.Match m = LabelForms.match(line, fs);
        if (m == null) {
            return false;
        }
        TextWindow t = line.text();
        int labelStart = m.labelStart();
        int labelEnd = m.labelEnd();
        int valueStart = m.valueStart();
        boolean strong = m.strong();
        boolean marker = m.marker();
        valueEndOverride = m.valueEnd();
        Labels.Entry entry = session.labelEntry(t, labelStart, labelEnd);
        String label = entry.label();
        Optional<Field> field = entry.field();
        if (paragraphStart && !marker && !strong && !m.heading() && bareAbstractAllowed()
                && !(field.isPresent() && field.get() == Field.ABSTRACT)) {
            // under a title-only header the paragraph after the metadata list is the abstract, even when
            // it begins with a word and a colon ("Background: …"): the template labels nothing there
            return false;
        }
        // the form of this label line; a line of the same form as the label line that opened the running
        // section is its sibling ("- **Keywords:** a" under "- **TL;DR:** b"), even without a blank line
        int form = Math.min(fs - s, 255) | (marker ? t.charAt(fs) & 0xFFFF : 0) << 8 | (strong ? 1 << 24 : 0)
                | (m.heading() ? 1 << 25 : 0);
        boolean sibling = !paragraphStart && form == openerForm && (strong || marker || plainSibling(label, field));
        boolean accept;
        if (field.isPresent()) {
            // mid-paragraph, a plain line needs the label itself, not a gloss found in running text
            accept = paragraphStart || marker || strong
                    || sibling && session.labels.isExact(label);
        } else if (paragraphStart) {
            // labels within one block share one form: among bold labels, a plain unknown label alone on its
            // line is text (a heading inside a multi-paragraph value), not a new section
            accept = plausibleLabel(label, strong)
                    && (strong || plainLabels >= strongLabels || !restBlank(valueStart, e));
        } else {
            // mid-paragraph, a plain line is a new section only for labels forks are known to write
            accept = sibling && plausibleLabel(label, strong) && (marker || strong || session.vocabulary.isWellKnownLabel(label));
        }
        if (!accept) {
            return false;
        }
        openerForm = form;
        runningContinued = false;
        if (strong) {
            strongLabels++;
        } else {
            plainLabels++;
        }
        if (valueStart < e && t.charAt(valueStart) == ' ') {
            valueStart++;
        }
        int lineValueEnd = valueEndOverride >= 0 ? valueEndOverride : e;
        if (authors == null && field.isEmpty() && !restBlank(valueStart, lineValueEnd) && session.vocabulary.isAuthorsLabel(label)) {
            // "**Authors:** A, B": the authors line in labelled form
            valueEndOverride = -1;
            closeSection();
            labelledAuthors(valueStart, lineValueEnd);
            return true;
        }
        closeSection();
        current = new SectionBuilder(session, line, label, field, line.number(), col(fs), line.offset(s),
                state.inDetails());
        current.quoted = !m.heading() && t.charAt(fs) == '>';
        current.plainLabelLine = form == 0 && !current.quoted;
        boolean enclosed = valueEndOverride >= 0;
        int valueEnd = enclosed ? valueEndOverride : e;
        valueEndOverride = -1;
        if (!restBlank(valueStart, valueEnd)) {
            current.extendFrom(valueStart, valueEnd);
            if (!enclosed && !m.heading() && current.mayBeInlineList() && pipedLabel(s, e, valueStart, valueEnd)) {
                return true; // "Score: 4/5 | Tags: a, b": two sections on one line
            }
            if (enclosed || (field.isPresent() && field.get() == Field.MAIN_CATEGORY)) {
                closeSection(); // a value closed on its line (**Label: value**, a category): nothing follows it
            }
        } else {
            current.labelEnd(e);
        }
        return true;
    }

    private int valueEndOverride = -1;

    /**
     * A second label after a bar on the running section's label line ({@link PipedLabelForm}): the
     * running value ends before the bar and the label opens the next section. Returns false, the
     * running value left whole, if there is none or its label is not accepted.
     */
    private boolean pipedLabel(int s, int e, int valueStart, int valueEnd) {
        PipedLabelForm.Match piped = PipedLabelForm.match(line, valueStart, valueEnd);
        if (piped == null) {
            return false;
        }
        SectionBuilder first = current;
        first.extendFrom(valueStart, piped.valueEnd());
        boolean saved = paragraphStart;
        paragraphStart = true;
        boolean second = matchLabel(piped.labelAt(), e, piped.labelAt()); // the section starts at its label
        paragraphStart = saved;
        if (!second) {
            current = first; // the label after the bar is not one: the value keeps its whole line
            first.extendFrom(valueStart, valueEnd);
            List<SectionBuilder> closed = first.inDetails ? inside : before;
            if (!closed.isEmpty() && closed.get(closed.size() - 1) == first) {
                closed.remove(closed.size() - 1);
            }
        }
        return second;
    }

    /** Whether the running section has a line after its label line. */
    private boolean runningContinued;

    /**
     * Whether a plain label line right under the running section's, without a blank line, is its
     * sibling as a template writes them ({@code TL;DR: a} then {@code Keywords: b}) rather than a
     * word and a colon at the start of a hard-wrapped line of its value: the running value is still
     * its label line alone, the two labels share the case of their first letter, and a canonical
     * field does not come before the running one in the template's order ({@code 方法：} under
     * {@code Abstract:} is a line of a structured abstract).
     */
    private boolean plainSibling(String label, Optional<Field> field) {
        if (current == null) {
            return true;
        }
        if (runningContinued || current.label.isEmpty()) {
            return false;
        }
        int a = label.codePointAt(0);
        int b = current.label.codePointAt(0);
        if (Character.isLowerCase(a) != Character.isLowerCase(b)) {
            return false;
        }
        return field.isEmpty() || current.field.isEmpty() || field.get().ordinal() >= current.field.get().ordinal();
    }

    /** Reads a labelled authors value, without the emphasis around it ({@code *A, B*}). */
    private void labelledAuthors(int a, int b) {
        Range r = unemphasised(line.text(), a, b);
        authors = splitAuthors(line.text(), r.from(), r.to());
        if (state == PaperState.BEFORE_AUTHORS) {
            state = PaperState.BODY;
        }
    }

    /** The form of the label line that opened the running paragraph's section, or {@link #NO_FORM}. */
    private int openerForm = NO_FORM;
    private static final int NO_FORM = -1;
    private int strongLabels;
    private int plainLabels;

    private static boolean isColon(char c) {
        return c == ':' || c == '：';
    }

    private boolean restBlank(int from, int e) {
        TextWindow t = line.text();
        for (int i = from; i < e; i++) {
            if (!ParseSession.isSpace(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether an unknown label looks like a label rather than the start of a sentence. */
    private static boolean plausibleLabel(String label, boolean strong) {
        int n = label.length();
        if (n > (strong ? 80 : 40)) {
            return false;
        }
        int first = label.codePointAt(0);
        if (Character.isDigit(first)) {
            return false;
        }
        if (!strong && !Character.isLetter(first)) {
            return false;
        }
        int spaces = 0;
        for (int i = 0; i < n; i++) {
            char c = label.charAt(i);
            switch (c) {
                case ' ':
                    spaces++;
                    break;
                case '.', ',', '。', '，', '!', '?', '！', '？', '`', '[', ']', '<', '>', '|', '"', '“', '”', '=':
                    return false;
                case ';', '*', '_', '$', '\\':
                    if (!strong) {
                        return false;
                    }
                    break;
                default:
                    break;
            }
        }
        return spaces <= (strong ? 8 : 4) && !label.regionMatches(true, 0, "http", 0, 4);
    }

    // ------------------------------------------------------------------ details

    void openDetails(int s, int fs, int te) {
        if (session.config.maxPaperChars() > 0 && overLimit) {
            return;
        }
        closeSection();
        if (!state.beforeDetails()) {
            problem(ProblemCode.DETAILS_UNBALANCED, line.number(), col(fs),
                    state.inDetails() ? "<details> inside an open <details> block"
                            : "a second <details> block in one paper; its sections join the first");
        } else {
            detailsLine = line.number();
            detailsColumn = col(fs);
            detailsOffset = line.offset(s);
        }
        state = PaperState.AT_SUMMARY;
        strongLabels = 0; // the details block may use another label form than the lines above it
        plainLabels = 0;
        paragraphStart = true;
        TextWindow t = line.text();
        int sum = indexOfIgnoreCase(t, "<summary", fs, te);
        if (sum >= 0) {
            summary(sum, te);
        }
        mark(te);
    }

    boolean acceptsSummary() {
        return state == PaperState.AT_SUMMARY;
    }

    void summary(int fs, int te) {
        TextWindow t = line.text();
        int gt = ParseSession.indexOf(t, '>', fs, te);
        int end = indexOfIgnoreCase(t, "</summary>", fs, te);
        if (gt >= 0 && gt < te) {
            int from = gt + 1;
            int to = end >= from ? end : te; // "<summary</summary>": the first '>' closes the end tag
            summary = session.dedup(t.substring(from, Math.max(from, to)));
            sawSummary = true;
        }
        if (state == PaperState.AT_SUMMARY) {
            state = PaperState.IN_DETAILS;
        }
        paragraphStart = true;
        mark(te);
    }

    void closeDetails(int s, int fs, int te) {
        if (!state.inDetails()) {
            problem(ProblemCode.DETAILS_UNBALANCED, line.number(), col(fs), "</details> without an open <details>");
            closeSection();
            paragraphStart = true;
            return;
        }
        closeSection();
        state = PaperState.AFTER_DETAILS;
        detailsEndOffset = line.offset(te);
        detailsEndLine = line.number();
        detailsEndColumn = col(te);
        paragraphStart = true;
        mark(te);
    }

    /**
     * Whether a line, after this paper's details block closed, starts a next paper whose header line
     * is missing: 1 when it is that paper's authors line {@code *A,B*} (or a translated title
     * {@code > *…*} above it), 2 when it stands where the header was with the authors line right under
     * it; both followed within a few lines by a {@code <details>} tag or a canonical label. 0 otherwise.
     */
    int headerlessPaper(int e, int fs) {
        if (!paragraphStart || !looksComplete()) {
            return 0;
        }
        TextWindow t = line.text();
        if (authorsLike(t, fs, e)) {
            return followedByPaperBody(e) ? 1 : 0;
        }
        // a line standing where the header was, with the authors line under it (blank lines aside)
        int end = t.length();
        int ls = e;
        for (int k = 0; k < 3; k++) {
            if (ls < end && t.charAt(ls) == '\r') {
                ls++;
            }
            if (ls < end && t.charAt(ls) == '\n') {
                ls++;
            }
            int le = ls;
            while (le < end && t.charAt(le) != '\n' && t.charAt(le) != '\r') {
                le++;
            }
            int a = ls;
            while (a < le && ParseSession.isSpace(t.charAt(a))) {
                a++;
            }
            if (a < le) {
                return t.charAt(a) == '*' && authorsLike(t, a, le) && followedByPaperBody(le) ? 2 : 0;
            }
            ls = le;
        }
        return 0;
    }

    /**
     * Whether this paper has all a next paper could start after: its details block is closed, or it
     * has no details block but has its authors and at least two canonical fields.
     */
    private boolean looksComplete() {
        if (state == PaperState.AFTER_DETAILS) {
            return current == null;
        }
        return state.beforeDetails() && hasAuthors() && twoFieldsBefore();
    }

    /** Whether the sections before the details block hold two canonical fields; allocates nothing. */
    private boolean twoFieldsBefore() {
        int seen = 0;
        for (SectionBuilder b : before) {
            if (b.field.isPresent()) {
                seen |= 1 << b.field.get().ordinal();
                if (Integer.bitCount(seen) >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code *A,B*}, or a quoted translated title {@code > *…*}. */
    private static boolean authorsLike(CharSequence t, int fs, int e) {
        int te = e;
        while (te > fs && ParseSession.isSpace(t.charAt(te - 1))) {
            te--;
        }
        int a0 = fs;
        if (a0 < te && t.charAt(a0) == '>') {
            a0++;
            while (a0 < te && ParseSession.isSpace(t.charAt(a0))) {
                a0++;
            }
        }
        return te - a0 >= 3 && t.charAt(a0) == '*' && t.charAt(a0 + 1) != '*' && t.charAt(a0 + 1) != ' '
                && t.charAt(te - 1) == '*';
    }

    private final Line lookahead = new Line();

    /**
     * Whether a line outside any paper, {@code [fs, e)} of the session's current line, is the authors
     * line of a paper whose header line is missing (followed by that paper's body).
     */
    static boolean lostHeaderAuthors(Line current, Labels labels, Line lookahead, int e, int fs) {
        return authorsLike(current.text(), fs, e) && followedByPaperBody(current, labels, lookahead, e);
    }

    private boolean followedByPaperBody(int e) {
        return followedByPaperBody(line, session.labels, lookahead, e);
    }

    /** Whether a {@code <details>} tag or a canonical label follows within a few lines, before any heading. */
    private static boolean followedByPaperBody(Line current, Labels labels, Line lookahead, int e) {
        TextWindow t = current.text();
        int pos = e;
        int end = t.length();
        for (int lines = 0; lines < 12 && pos < end; lines++) {
            int ls = pos + 1;
            if (ls >= end) {
                break;
            }
            int le = ls;
            while (le < end && t.charAt(le) != '\n' && t.charAt(le) != '\r') {
                le++;
            }
            if (Forms.startsBlock(lookahead.set(t, ls, le, 0, 0))) {
                return false; // a new block; and where a streamed chunk ends, so both parses see the same
            }
            int a = ls;
            while (a < le && (ParseSession.isSpace(t.charAt(a)) || t.charAt(a) == '*' || t.charAt(a) == '>'
                    || t.charAt(a) == '-')) {
                a++;
            }
            if (a < le && t.charAt(a) == '#') {
                return false; // a heading comes first: a new paper or category, not this one's body
            }
            if (ParseSession.startsWithIgnoreCase(t, a, "<details")) {
                return true;
            }
            int colon = a;
            while (colon < le && colon - a < 40 && t.charAt(colon) != ':' && t.charAt(colon) != '：') {
                colon++;
            }
            if (colon < le && colon > a && colon - a < 40) {
                int b = colon;
                while (b > a && (t.charAt(b - 1) == '*' || ParseSession.isSpace(t.charAt(b - 1)))) {
                    b--;
                }
                if (b > a && labels.lookup(t.substring(a, b)).isPresent()) {
                    return true;
                }
            }
            pos = le;
            if (pos < end && t.charAt(pos) == '\r' && pos + 1 < end && t.charAt(pos + 1) == '\n') {
                pos++;
            }
        }
        return false;
    }

    boolean detailsOpen() {
        return state.inDetails();
    }

    boolean detailsClosed() {
        return state == PaperState.AFTER_DETAILS;
    }

    /** ASCII case-insensitive search for a needle that starts with '<' and is lower case. */
    private static int indexOfIgnoreCase(CharSequence t, String needle, int from, int to) {
        int last = to - needle.length();
        for (int i = ParseSession.indexOf(t, '<', from, to); i >= 0 && i <= last;
                i = ParseSession.indexOf(t, '<', i + 1, to)) {
            if (ParseSession.startsWithIgnoreCase(t, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    /** The session is about to move to a new chunk: keep every value read from the old one. */
    void rebase(TextWindow old, int oldFrom, int oldTo) {
        for (SectionBuilder b : before) {
            b.freeze();
        }
        for (SectionBuilder b : inside) {
            b.freeze();
        }
        if (current != null) {
            if (overLimit) {
                current.freeze(); // it reads no more lines: carrying the chunk would only grow memory
            } else {
                current.carry(old, oldFrom, oldTo);
            }
        }
    }

    private void closeSection() {
        if (current != null) {
            (current.inDetails ? inside : before).add(current);
            current = null;
        }
    }

    // ------------------------------------------------------------------ build

    /** A built paper but for its problems, which the template check completes. */
    record Built(Optional<String> index, String title, String link, Optional<ArxivId> arxivId, List<String> authors,
                 List<Section> sections, Optional<Details> details, Attributes attributes, SourceSpan span,
                 List<Link> headerLinks) {

        /** {@return the paper, with these problems} */
        Paper paper(List<Problem> problems) {
            return new Paper(index, title, link, arxivId, authors, sections, details, attributes, span, problems,
                    headerLinks);
        }
    }

    /** {@return the problems found so far in this paper, in the order found} */
    List<Problem> problems() {
        return problems;
    }

    Built build(boolean eof, boolean truncated) {
        closeSection();
        if (state.inDetails()) {
            if (truncated) {
                problem(ProblemCode.PAPER_TRUNCATED, endLine, endColumn,
                        "the input ends inside the details block of this paper");
            } else {
                problem(ProblemCode.DETAILS_UNCLOSED, detailsLine, detailsColumn,
                        "<details> is not closed before the next " + (eof ? "end of input" : "paper or category"));
            }
            detailsEndOffset = endOffset;
            detailsEndLine = endLine;
            detailsEndColumn = endColumn;
        } else if (truncated) {
            problem(ProblemCode.PAPER_TRUNCATED, endLine, endColumn, "the input ends in the middle of this paper");
        }
        if (state == PaperState.AFTER_DETAILS && sawSummary && linkLine == 0 && authors != null && problems.isEmpty()) {
            TemplateSeparators.restoreTrailingNewlines(before, inside, detailsLine, detailsEndLine);
        }
        List<Section> beforeSections = new ArrayList<>(before.size());
        List<Section> insideSections = new ArrayList<>(inside.size());
        Map<Key<?>, Object> paperAttrs = session.config.extractors().isEmpty() ? null : new LinkedHashMap<>();
        Map<Key<?>, Object> detailsAttrs = paperAttrs == null ? null : new LinkedHashMap<>();
        EnumSet<Field> present = EnumSet.noneOf(Field.class);
        int maxOrdinal = -1;
        for (int pass = 0; pass < 2; pass++) {
            List<SectionBuilder> src = pass == 0 ? before : inside;
            List<Section> dst = pass == 0 ? beforeSections : insideSections;
            for (SectionBuilder b : src) {
                Section sec = b.build();
                dst.add(sec);
                if (b.field.isPresent()) {
                    Field f = b.field.get();
                    if (!present.add(f)) {
                        problem(ProblemCode.SECTION_DUPLICATE, b.line, b.column,
                                "a second '" + b.label + "' section; the first one is the " + f.canonicalLabel());
                    } else if (f.ordinal() < maxOrdinal) {
                        problem(ProblemCode.SECTION_OUT_OF_ORDER, b.line, b.column,
                                "'" + b.label + "' comes after a section that the template puts after it");
                    }
                    maxOrdinal = Math.max(maxOrdinal, f.ordinal());
                    if (sec.text().isBlank()) {
                        problem(ProblemCode.FIELD_EMPTY, b.line, b.column,
                                "the '" + b.label + "' section is empty");
                    }
                }
                boolean handled = paperAttrs != null && session.config.extractors().mayHandle(sec.label())
                        && runExtractors(sec, b, pass == 0 ? paperAttrs : detailsAttrs,
                        pass == 1);
                if (!handled && b.field.isEmpty() && !b.label.isEmpty() && b.line != linkLine
                        && !session.vocabulary.isTemplateLabel(b.label)
                        && session.firstUnknownLabel(Labels.normalize(b.label))) {
                    problem(ProblemCode.SECTION_UNKNOWN_LABEL, b.line, b.column,
                            "unknown label '" + b.label + "' kept as a section (reported once per digest)");
                }
            }
        }
        Optional<Details> details = Optional.empty();
        if (!state.beforeDetails()) {
            details = Optional.of(new Details(summary, insideSections,
                    detailsAttrs == null || detailsAttrs.isEmpty() ? Attributes.EMPTY : new Attributes(detailsAttrs),
                    new SourceSpan(detailsOffset, Math.max(detailsOffset, detailsEndOffset), detailsLine,
                            detailsColumn, Math.max(detailsLine, detailsEndLine), detailsEndColumn)));
        } else {
            beforeSections.addAll(insideSections);
        }
        SourceSpan span = new SourceSpan(headerOffset, Math.max(headerOffset, endOffset), headerLine, 1,
                Math.max(headerLine, endLine), endColumn);
        return new Built(Optional.ofNullable(index), title, link, arxivId,
                authors == null ? List.of() : authors, beforeSections, details,
                paperAttrs == null || paperAttrs.isEmpty() ? Attributes.EMPTY : new Attributes(paperAttrs),
                span, headerLinks);
    }

    /**
     * What a paper has, to judge a paper against its neighbours. {@code labelledTldr}: the TL;DR
     * carries a label; {@code CANONICAL}, used when there is no neighbour, does not ask for one.
     */
    record Shape(EnumSet<Field> fields, boolean authors, boolean details, boolean summary, boolean labelledTldr,
                 EnumSet<Field> continued) {
        static final Shape CANONICAL = new Shape(EnumSet.allOf(Field.class), true, true, true, false,
                EnumSet.allOf(Field.class));

        Shape union(Shape o) {
            if (fields.containsAll(o.fields) && continued.containsAll(o.continued) && (authors || !o.authors)
                    && (details || !o.details) && (summary || !o.summary) && (labelledTldr || !o.labelledTldr)) {
                return this; // papers of one template mostly have the same shape: nothing to add
            }
            EnumSet<Field> f = EnumSet.copyOf(fields);
            f.addAll(o.fields);
            EnumSet<Field> c = EnumSet.copyOf(continued);
            c.addAll(o.continued);
            return new Shape(f, authors || o.authors, details || o.details, summary || o.summary,
                    labelledTldr || o.labelledTldr, c);
        }
    }

    Shape shape() {
        EnumSet<Field> fields = EnumSet.noneOf(Field.class);
        EnumSet<Field> continued = EnumSet.noneOf(Field.class);
        boolean labelledTldr = false;
        for (List<SectionBuilder> list : List.of(before, inside)) {
            for (SectionBuilder b : list) {
                if (b.field.isEmpty()) {
                    continue;
                }
                Field f = b.field.get();
                fields.add(f);
                if (b.plainContinuation > 0) {
                    continued.add(f);
                }
                labelledTldr |= f == Field.TLDR && !b.label.isEmpty();
            }
        }
        return new Shape(fields, hasAuthors(), !state.beforeDetails(), sawSummary, labelledTldr, continued);
    }

    /** The first TL;DR taken from a paragraph without label, or null. */
    private SectionBuilder bareTldr() {
        for (SectionBuilder b : before) {
            if (b.field.isPresent() && b.field.get() == Field.TLDR && b.label.isEmpty()) {
                return b;
            }
        }
        return null;
    }

    /** The problems for what this paper lacks, its shape being {@code mine}, that the expected shape has. */
    List<Problem> missing(Shape mine, Shape expected) {
        List<Problem> out = new ArrayList<>(2);
        if (expected.authors() && !mine.authors()) {
            out.add(Problem.of(ProblemCode.PAPER_MISSING_AUTHORS, headerLine, 1,
                    authors == null ? "the paper has no authors line" : "the authors line is empty"));
        }
        missing(out, mine, expected, Field.MAIN_CATEGORY, ProblemCode.PAPER_MISSING_MAIN_CATEGORY);
        missing(out, mine, expected, Field.TLDR, ProblemCode.PAPER_MISSING_TLDR);
        if (expected.details() && !mine.details()) {
            out.add(Problem.of(ProblemCode.PAPER_MISSING_DETAILS, headerLine, 1, "the paper has no <details> block"));
        }
        SectionBuilder bare = expected.labelledTldr() && !mine.labelledTldr() ? bareTldr() : null;
        if (bare != null) {
            out.add(Problem.of(ProblemCode.PAPER_UNLABELLED_TEXT, bare.line, bare.column,
                    "a paragraph without label is taken as the TL;DR, unlike the papers around it, which label theirs"));
        }
        for (List<SectionBuilder> list : List.of(before, inside)) {
            for (SectionBuilder b : list) {
                if (b.plainContinuation > 0 && b.field.isPresent() && !b.label.isEmpty()
                        && expected.fields().contains(b.field.get()) && !expected.continued().contains(b.field.get())) {
                    out.add(Problem.of(ProblemCode.SECTION_CONTINUED, b.plainContinuation, 1, "the "
                            + b.field.get().canonicalLabel() + (b.continuedByListItem
                            ? " continues on a list item right under its one-line value"
                            : " continues on a line that is neither a list item nor indented")
                            + ", unlike the papers around it; the line is kept in the value"));
                }
            }
        }
        if (expected.summary() && mine.details() && !mine.summary()) {
            out.add(Problem.of(ProblemCode.DETAILS_SUMMARY_MISSING, detailsLine, 1,
                    "the details block has no <summary> line, unlike the papers around it"));
        }
        for (Field f : new Field[] {Field.MOTIVATION, Field.METHOD, Field.RESULT, Field.CONCLUSION, Field.ABSTRACT}) {
            missing(out, mine, expected, f, ProblemCode.PAPER_MISSING_SECTION);
        }
        return out;
    }

    private void missing(List<Problem> out, Shape mine, Shape expected, Field f, ProblemCode code) {
        if (expected.fields().contains(f) && !mine.fields().contains(f)) {
            int line = f.ordinal() >= Field.MOTIVATION.ordinal() && !state.beforeDetails() ? detailsLine : headerLine;
            out.add(Problem.of(code, line, 1, "the paper has no " + f.canonicalLabel()
                    + (code == ProblemCode.PAPER_MISSING_SECTION ? " section" : "")));
        }
    }

    private boolean runExtractors(Section sec, SectionBuilder b, Map<Key<?>, Object> target, boolean inDetails) {
        View view = new View(sec, inDetails);
        ProblemReporter reporter = (code, severity, message) -> {
            Problem p = new Problem(code, severity, b.line, b.column, message);
            if (session.problems.add(p)) {
                problems.add(p);
            }
        };
        return session.config.extractors().apply(view, target, reporter, (SectionExtractor<?> x, SectionView v, String m) ->
                problem(ProblemCode.EXTRACTOR_FAILED, b.line, b.column,
                        "extractor " + x.name() + " failed on '" + v.label() + "': " + m));
    }

    /** The read-only view extractors see; its normalised label is computed once. */
    private static final class View implements SectionView {
        private final Section section;
        private final boolean inDetails;
        private String normalized;

        View(Section section, boolean inDetails) {
            this.section = section;
            this.inDetails = inDetails;
        }

        @Override
        public boolean inDetails() {
            return inDetails;
        }

        @Override
        public String label() {
            return section.label();
        }

        @Override
        public Optional<Field> field() {
            return section.field();
        }

        @Override
        public String text() {
            return section.text();
        }

        @Override
        public List<String> items() {
            return section.items();
        }

        @Override
        public SourceSpan span() {
            return section.span();
        }

        @Override
        public boolean labelIs(String... labels) {
            if (normalized == null) {
                normalized = Labels.normalize(section.label());
            }
            for (String l : labels) {
                if (Labels.normalizeCached(l).equals(normalized)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return "SectionView[" + section.label() + "]";
        }
    }
}
