package dev.arxivdigest.core.internal;

import dev.arxivdigest.core.internal.forms.AnchorForm;
import dev.arxivdigest.core.internal.forms.Chars;
import dev.arxivdigest.core.internal.forms.DetailsTagForm;
import dev.arxivdigest.core.internal.forms.Forms;
import dev.arxivdigest.core.internal.forms.FrontMatterForm;
import dev.arxivdigest.core.internal.forms.HeadingForm;
import dev.arxivdigest.core.internal.forms.Line;
import dev.arxivdigest.core.internal.forms.HeaderLinksForm;
import dev.arxivdigest.core.internal.forms.MetadataLinkForm;
import dev.arxivdigest.core.internal.forms.PaperHeaderForm;
import dev.arxivdigest.core.internal.forms.TextWindow;
import dev.arxivdigest.core.internal.forms.TocEntryForm;
import dev.arxivdigest.model.ArxivId;
import dev.arxivdigest.model.Category;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.ProblemCode;
import dev.arxivdigest.model.SourceSpan;
import dev.arxivdigest.model.TocEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One parse of one digest: a single forward pass over its lines. Not thread-safe; a parser creates
 * a fresh session per call.
 *
 * <p>Text arrives in chunks ({@link #feed}); a chunk always ends after a line terminator or at the
 * end of input, and a paper never spans two chunks (the streaming reader cuts chunks only before
 * lines for which {@link Forms#startsBlock} is true). Offsets into a chunk are turned into global offsets
 * with the chunk's bias.
 */
public final class ParseSession {

    final ParserConfig config;
    final Labels labels;
    final Vocabulary vocabulary;
    final ProblemLog problems;
    private final PaperSink listener;
    private final boolean retainPapers;

    // ---- the current chunk
    TextWindow text;
    int chunkFrom;
    int chunkTo;
    long bias;
    int lineNo;
    int lineStart;
    /** The current line, handed to the recognisers. */
    final Line line = new Line();
    private long[] marks = new long[0];
    private ProblemCode[] markCodes = new ProblemCode[0];
    private int markIndex;
    private boolean reportedCrlf;
    private boolean reportedCr;
    private boolean lastLineTerminated = true;
    private boolean stopped;
    private long charsSeen;

    // ---- document state
    private String title;
    private LocalDate date;
    private LocalDate fallbackDate;
    private final List<TocEntry> toc = new ArrayList<>();
    private boolean tocPresent;
    private boolean inToc;
    private String pendingAnchor;
    private int pendingAnchorLine;
    private long pendingAnchorOffset;
    private final List<CategoryBuilder> categories = new ArrayList<>();
    private final Map<String, CategoryBuilder> byName = new HashMap<>();
    private final Map<String, CategoryBuilder> byAnchor = new HashMap<>();
    private CategoryBuilder category;
    private PaperBuilder paper;
    private int paperCount;
    private boolean sawContent;
    private boolean strayRun;
    private int firstPaperLine;
    private final Map<String, Integer> seenPapers = new HashMap<>();
    private final Set<String> seenIndices = new HashSet<>();
    private long previousIndex = -1;
    private boolean seenIndex;
    private boolean seenDetails;

    /** Receives each paper as soon as it is complete, with the category it is in. */
    @FunctionalInterface
    public interface PaperSink {
        /**
         * Takes a paper.
         *
         * @param category the category's name, or empty
         * @param anchor the category's anchor, or empty
         * @param paper the paper
         */
        void accept(String category, String anchor, Paper paper);
    }

    /**
     * Creates a session.
     *
     * @param config the parser configuration
     * @param listener receives each paper as soon as it is complete, or null
     * @param retainPapers whether the digest returned by {@link #finish()} holds the papers
     */
    public ParseSession(ParserConfig config, PaperSink listener, boolean retainPapers) {
        this.config = config;
        this.labels = config.labels();
        this.vocabulary = config.vocabulary();
        this.problems = new ProblemLog(config.maxProblems());
        this.listener = listener;
        this.retainPapers = retainPapers;
        this.templateCheck = new TemplateCheck<>(problems, this::deliver);
    }

    /** Sets the date used when the digest states none (taken from a file name). */
    public void fallbackDate(LocalDate d) {
        this.fallbackDate = d;
    }

    /**
     * Registers positions (global offsets) where the input was repaired, with the code to report
     * at each; reported once per line. Must be sorted.
     */
    public void marks(long[] offsets, ProblemCode[] codes) {
        this.marks = offsets;
        this.markCodes = codes;
        this.markIndex = 0;
    }

    /** Reports a problem at a position. Returns false if the problem cap was reached. */
    public boolean report(ProblemCode code, int line, int column, String message) {
        return problems.add(Problem.of(code, line, column, message));
    }

    /** Tells whether the parse stopped early because a limit was reached. */
    public boolean stopped() {
        return stopped;
    }

    /**
     * Parses the lines of {@code t} between {@code from} and {@code to}.
     *
     * @param t the chunk's text
     * @param from index of the first character
     * @param to index just past the last character
     * @param globalFrom global offset of {@code from}
     * @param ends for each line of the chunk, where it ends (before its line ending) and where the
     *     next one starts
     * @param lines how many lines the chunk holds
     * @param lastLineCut how many characters were cut from the chunk's last line (longer than the
     *     paper length limit, when streaming), or 0
     */
    public void feed(TextWindow t, int from, int to, long globalFrom, int[] ends, int lines, long lastLineCut) {
        if (stopped) {
            return;
        }
        text = t;
        chunkFrom = from;
        chunkTo = to;
        bias = globalFrom - from;
        int pos = from;
        for (int k = 0; k < lines; k++) {
            int end = ends[2 * k];
            int next = ends[2 * k + 1];
            if (pendingCrlfLine > 0) {
                reportCrlf(pendingCrlfLine, pendingCrlfColumn); // a line follows: it was not the last line ending
            }
            if (next > end && t.charAt(end) == '\r') {
                if (next == end + 2) {
                    if (!reportedCrlf && reportedCr) {
                        // a lone-CR file whose last line ending is CRLF has a final line feed, not CRLF
                        // line endings: told only if another line follows
                        pendingCrlfLine = lineNo + 1;
                        pendingCrlfColumn = end - pos + 1;
                    } else if (!reportedCrlf) {
                        reportCrlf(lineNo + 1, end - pos + 1);
                    }
                } else if (!reportedCr) {
                    reportedCr = true;
                    report(ProblemCode.CR_LINE_ENDINGS, lineNo + 1, end - pos + 1,
                            "lone CR line ending; values are normalised to LF");
                }
            }
            lineNo++;
            lineStart = pos;
            line.set(t, pos, end, lineNo, bias);
            lastLineTerminated = next > end;
            charsSeen += next - pos;
            long cut = k == lines - 1 ? lastLineCut : 0;
            if (markIndex < marks.length) {
                reportMarks(pos, next + cut); // a NUL in the part cut from the line is in the line too
            }
            if (config.maxInputChars() > 0 && charsSeen > config.maxInputChars()) {
                stop(ProblemCode.LIMIT_EXCEEDED, "input is longer than the limit of " + config.maxInputChars()
                        + " characters; the rest is not parsed");
                return;
            }
            lineCut = cut;
            processLine(pos, end);
            if (lineCut > 0 && !(paper != null && paper.overLimit())) {
                // a cut line that no paper's limit skipped: say so, and skip to the next block
                cutPaper("a line longer than the limit of " + config.maxPaperChars() + " characters");
            }
            lineCut = 0;
            if (stopped) {
                return;
            }
            pos = next;
        }
    }

    private void reportCrlf(int lineNumber, int column) {
        reportedCrlf = true;
        pendingCrlfLine = 0;
        report(ProblemCode.CRLF_LINE_ENDINGS, lineNumber, column, "CRLF line endings; values are normalised to LF");
    }

    /** A CRLF after lone CRs, reported once a line follows it; 0 if none. */
    private int pendingCrlfLine;
    private int pendingCrlfColumn;

    /**
     * The chunk just fed is about to be overwritten: the open paper keeps what it read of it.
     */
    public void endChunk() {
        if (paper != null && text != null) {
            paper.rebase(text, chunkFrom, chunkTo);
        }
    }

    private void reportMarks(int pos, long next) {
        long lineGlobalStart = bias + pos;
        long lineGlobalEnd = bias + next;
        boolean reported = false;
        while (markIndex < marks.length && marks[markIndex] < lineGlobalEnd) {
            if (!reported && marks[markIndex] >= lineGlobalStart) {
                ProblemCode code = markCodes[markIndex];
                report(code, lineNo, (int) (marks[markIndex] - lineGlobalStart) + 1,
                        code == ProblemCode.NUL_CHARACTER ? "NUL character replaced by U+FFFD"
                                : "bytes that are not valid UTF-8 replaced by U+FFFD");
                reported = true;
            }
            markIndex++;
        }
    }

    void stop(ProblemCode code, String message) {
        report(code, Math.max(1, lineNo), 1, message);
        stopped = true;
    }

    /** ASCII case-insensitive prefix test; {@code prefix} is lower case (HTML names are ASCII). */
    static boolean startsWithIgnoreCase(CharSequence s, int at, String prefix) {
        return Chars.startsWithIgnoreCase(s, at, prefix);
    }

    // ------------------------------------------------------------------ lines

    /**
     * Ends the current paper because a limit was reached and skips every line up to the next
     * block boundary (a paper, category or anchor line).
     */
    public void cutPaper(String reason) {
        report(ProblemCode.LIMIT_EXCEEDED, Math.max(1, lineNo), 1, reason + "; skipped up to the next paper");
        finishPaper(false);
        skipToBoundary = true;
    }

    private boolean skipToBoundary;

    /** Characters cut from the end of the current line (streaming, a line longer than the paper limit), or 0. */
    long lineCut;

    /** The line that opened YAML front matter while it is not closed yet, else 0. */
    private int frontMatterLine;

    private void processLine(int s, int e) {
        if (skipToBoundary) {
            if (!Forms.startsBlock(line)) {
                return;
            }
            skipToBoundary = false;
        }
        if (frontMatterLine > 0) {
            sawContent = true;
            if (lineNo > frontMatterLine && FrontMatterForm.INSTANCE.closes(line)) {
                frontMatterLine = 0;
            }
            return;
        }
        if (lineNo == 1 && FrontMatterForm.INSTANCE.opens(line)) {
            frontMatterLine = 1; // YAML front matter: the file's metadata, not the digest's text
            sawContent = true;
            return;
        }
        int fs = s;
        while (fs < e && isSpace(text.charAt(fs))) {
            fs++;
        }
        if (fs == e) {
            if (paper != null) {
                paper.blank();
            }
            strayRun = false;
            return;
        }
        sawContent = true;
        char f = text.charAt(fs);
        if (f == '#' && heading(s, fs, e)) {
            strayRun = false;
            return;
        }
        if (f == '<' && html(s, fs, e)) {
            strayRun = false;
            return;
        }
        if (inToc) {
            if (tocEntry(fs, e)) {
                return;
            }
            inToc = false;
        }
        if (paperStart(s, fs)) {
            strayRun = false;
            return;
        }
        if (paper != null) {
            int lost = paper.headerlessPaper(e, fs);
            if (lost == 1) {
                // the header line of the next paper was lost: keep this paper as it is
                startHeaderlessPaper(s, fs, "", "the paper's header line is missing; its authors line starts it");
                if (paper == null) {
                    return;
                }
            } else if (lost == 2) {
                // a line stands where the next paper's header was: read it as a header if it is one
                int te = line.trimmedEnd();
                if (paperHeader(s, fs, fs, te)) {
                    if (paper != null) {
                        paper.problem(ProblemCode.PAPER_BROKEN_HEADER, lineNo, fs - s + 1,
                                "broken paper header: the header is not a markdown heading");
                    }
                } else {
                    startHeaderlessPaper(s, fs, text.substring(fs, te),
                            "this line stands where the paper's header should be; it is kept as the title");
                }
                return;
            }
            paper.line(s, e, fs);
            return;
        }
        if (category != null && f == '*' && PaperBuilder.lostHeaderAuthors(line, labels, peek, e, fs)) {
            // right after a category heading, the first paper's header line was lost
            startHeaderlessPaper(s, fs, "", "the paper's header line is missing; its authors line starts it");
            if (paper != null) {
                paper.line(s, e, fs);
            }
            return;
        }
        if (f == '[' && regionEquals(fs, e, "[[toc]]")) {
            tocPresent = true;
            return;
        }
        stray(s, fs, e);
    }

    /** Starts a paper if a paper-start form other than a heading reads the line. */
    private boolean paperStart(int s, int fs) {
        PaperHeaderForm.Match h = Forms.paperStart(line);
        if (h == null) {
            return false;
        }
        finishPaper(false);
        startPaper(s, fs, h.index(), h.title(), h.link(), h.broken());
        return true;
    }

    private void stray(int s, int fs, int e) {
        if (paperCount == 0 && category == null) {
            LocalDate d = findDate(text, fs, e);
            if (d != null) {
                if (date == null) {
                    date = d;
                }
                return;
            }
        }
        if (!strayRun) {
            strayRun = true;
            report(ProblemCode.UNEXPECTED_TEXT, lineNo, fs - s + 1,
                    "text outside any paper is skipped: " + excerpt(fs, e));
        }
    }

    private boolean heading(int s, int fs, int e) {
        HeadingForm.Match heading = HeadingForm.INSTANCE.match(line);
        if (heading == null) {
            return false;
        }
        int hs = heading.contentStart();
        int he = heading.contentEnd();
        if (paperHeader(s, fs, hs, he)) {
            return true;
        }
        if (heading.level() >= 2 && titleOnlyPaper(s, fs, hs, he)) {
            return true;
        }
        if (heading.level() >= 3) {
            return false; // a sub-heading: a section label inside a paper, or stray text
        }
        String content = text.substring(hs, he);
        if (vocabulary.isTocTitle(content)) {
            finishPaper(false);
            inToc = true;
            tocPresent = true;
            return true;
        }
        int back = HeadingForm.backLink(content);
        boolean hasBack = back >= 0;
        if (!hasBack && pendingAnchor == null && paperCount == 0 && categories.isEmpty()
                && (category == null) && (title == null) && toc.isEmpty() && !tocPresent
                && !vocabulary.isArxivCategory(content)) {
            title = content;
            LocalDate d = findDate(content, 0, content.length());
            if (d != null && date == null) {
                date = d;
            }
            return true;
        }
        if (!hasBack && pendingAnchor == null && categories.isEmpty() && category == null && paperCount == 0
                && inToc && hasDigit(content) && !inTocList(content)) {
            return true; // a count inside the table of contents, such as "## 今日总计: 23 篇论文"
        }
        String name = hasBack ? content.substring(0, back).strip() : content;
        finishPaper(false);
        startCategory(name, fs - s + 1);
        return true;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts a paper if {@code [hs, he)} of the current line is a paper header; returns false if it
     * is not one.
     */
    private boolean paperHeader(int s, int fs, int hs, int he) {
        PaperHeaderForm.Match h = PaperHeaderForm.INSTANCE.match(line, hs, he);
        if (h == null) {
            return false;
        }
        HeaderLinksForm.Match links = h.trailing() < 0 ? null : HeaderLinksForm.match(text.substring(h.trailing(), he));
        if (links != null && !links.onlyLinks()) {
            report(ProblemCode.UNEXPECTED_TEXT, lineNo, h.trailing() + 1 - s,
                    "text after the paper link is skipped: " + excerpt(h.trailing(), he));
        }
        finishPaper(false);
        startPaper(s, fs, h.index(), h.title(), h.link(), h.broken());
        if (links != null && paper != null) {
            paper.headerLinks = links.links(); // links are data, kept whatever else the header holds
        }
        return true;
    }

    /**
     * Starts a paper if the heading {@code [hs, he)} holds only its title and the next line that is
     * not blank gives its link ({@link MetadataLinkForm}); returns false otherwise. The look-ahead
     * stays in the chunk, which holds that line: only a heading or another block start cuts a chunk.
     */
    private boolean titleOnlyPaper(int s, int fs, int hs, int he) {
        int pos = line.end();
        for (int k = 0; k < 3 && pos < chunkTo; k++) {
            if (text.charAt(pos) == '\r' && pos + 1 < chunkTo && text.charAt(pos + 1) == '\n') {
                pos += 2;
            } else {
                pos++;
            }
            int end = pos;
            while (end < chunkTo && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            peek.set(text, pos, end, lineNo + k + 1, bias);
            if (!peek.isBlank()) {
                String link = Forms.startsBlock(peek) ? null : MetadataLinkForm.INSTANCE.match(peek);
                if (link == null) {
                    return false;
                }
                finishPaper(false);
                startPaper(s, fs, null, text.substring(hs, he), link, null);
                if (paper != null) {
                    paper.linkLine = lineNo + k + 1;
                }
                return true;
            }
            pos = end;
        }
        return false;
    }

    /** A second view, for looking at the lines after the current one. */
    private final Line peek = new Line();

    private boolean html(int s, int fs, int e) {
        int te = line.trimmedEnd();
        if (startsWithIgnoreCase(text, fs, "<div") || startsWithIgnoreCase(text, fs, "<a ")) {
            String id = AnchorForm.INSTANCE.match(line);
            if (id == null) {
                return false;
            }
            finishPaper(false);
            if (id.equalsIgnoreCase("toc")) {
                tocPresent = true;
                inToc = true;
            } else {
                pendingAnchor = id;
                pendingAnchorLine = lineNo;
                pendingAnchorOffset = bias + s;
            }
            return true;
        }
        if (paper == null) {
            return false;
        }
        DetailsTagForm.Tag tag = DetailsTagForm.INSTANCE.match(line);
        if (tag == DetailsTagForm.Tag.OPEN) {
            paper.openDetails(s, fs, te);
            return true;
        }
        if (tag == DetailsTagForm.Tag.CLOSE) {
            paper.closeDetails(s, fs, te);
            return true;
        }
        if (tag == DetailsTagForm.Tag.SUMMARY && paper.acceptsSummary()) {
            paper.summary(fs, te);
            return true;
        }
        return false;
    }

    private boolean tocEntry(int fs, int e) {
        TocEntryForm.Match entry = TocEntryForm.INSTANCE.match(line);
        if (entry == null) {
            return false;
        }
        toc.add(new TocEntry(entry.name(), entry.anchor(), entry.total(), new SourceSpan(bias + fs, bias + e, lineNo,
                fs - lineStart + 1, lineNo, e - lineStart + 1)));
        return true;
    }

    // ------------------------------------------------------------------ categories

    private void startCategory(String name, int column) {
        finishCategory();
        int line = pendingAnchor != null ? pendingAnchorLine : lineNo;
        long offset = pendingAnchor != null ? pendingAnchorOffset : bias + lineStart;
        String anchor = pendingAnchor != null ? pendingAnchor : "";
        pendingAnchor = null;
        CategoryBuilder earlier = byName.get(name);
        if (earlier != null) {
            report(ProblemCode.CATEGORY_DUPLICATE, lineNo, column,
                    "category '" + name + "' already appeared on line " + earlier.headingLine);
        }
        category = new CategoryBuilder(name, anchor, line, offset, lineNo, column);
        categories.add(category);
        byName.putIfAbsent(name, category);
        if (!anchor.isEmpty()) {
            byAnchor.putIfAbsent(anchor, category);
        }
    }

    private void finishCategory() {
        if (category != null) {
            category.closed = true;
            category = null;
        }
    }

    // ------------------------------------------------------------------ papers

    private void startPaper(int s, int fs, String index, String title, String link, String broken) {
        if (config.maxPapers() > 0 && paperCount >= config.maxPapers()) {
            stop(ProblemCode.LIMIT_EXCEEDED, "more than " + config.maxPapers() + " papers; the rest are not parsed");
            return;
        }
        if (pendingAnchor != null) {
            startCategory(pendingAnchor, 1);
            category.anchorOnly = true;
        }
        paperCount++;
        if (paperCount == 1) {
            firstPaperLine = lineNo;
        }
        if (category == null) {
            category = new CategoryBuilder("", "", lineNo, bias + s, lineNo, 1);
            categories.add(category);
            report(ProblemCode.PAPER_OUTSIDE_CATEGORY, lineNo, 1,
                    "paper before any category heading; it and the papers up to the next heading are kept "
                            + "in an unnamed category");
        }
        paper = new PaperBuilder(this, line, lineNo, bias + s, index, title, link);
        if (broken != null) {
            paper.problem(ProblemCode.PAPER_BROKEN_HEADER, lineNo, fs - s + 1, "broken paper header: " + broken);
        } else if (title.isBlank()) {
            paper.problem(ProblemCode.FIELD_EMPTY, lineNo, fs - s + 1, "the paper's title is empty");
        }
        // index checks
        if (index == null) {
            if (headerless) {
                if (previousIndex >= 0) {
                    previousIndex++; // the lost header most likely held the next number
                }
            } else if (seenIndex) {
                paper.problem(ProblemCode.PAPER_INDEX_MISSING, lineNo, fs - s + 1,
                        "paper header has no [N] index, unlike earlier papers");
            }
        } else {
            long v = parseIndex(index);
            if (!seenIndices.add(index)) {
                paper.problem(ProblemCode.PAPER_INDEX_DUPLICATE, lineNo, fs - s + 1,
                        "index [" + index + "] was already used by an earlier paper");
            } else if (previousIndex >= 0 && v != previousIndex + 1) {
                paper.problem(ProblemCode.PAPER_INDEX_OUT_OF_ORDER, lineNo, fs - s + 1,
                        "index [" + index + "] does not follow [" + previousIndex + "]");
            } else if (previousIndex < 0 && v != 1 && seenIndex) {
                paper.problem(ProblemCode.PAPER_INDEX_OUT_OF_ORDER, lineNo, fs - s + 1,
                        "index [" + index + "] out of order");
            }
            if (v >= 0) {
                previousIndex = v;
            }
            seenIndex = true;
        }
        // duplicates
        String identity = paper.arxivId.map(ArxivId::id).orElse(link.isEmpty() ? null : link);
        if (identity != null) {
            Integer first = seenPapers.putIfAbsent(identity, lineNo);
            if (first != null) {
                paper.problem(ProblemCode.PAPER_DUPLICATE, lineNo, fs - s + 1,
                        "the same paper (" + identity + ") already appeared on line " + first);
            }
        }
    }

    /** Set while starting a paper whose header line is missing. */
    private boolean headerless;

    /** Ends the current paper and starts one whose header line is missing, without index or link. */
    private void startHeaderlessPaper(int s, int fs, String title, String broken) {
        finishPaper(false);
        headerless = true;
        startPaper(s, fs, null, title, "", broken);
        headerless = false;
    }

    private static long parseIndex(String index) {
        if (index.length() > 12) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < index.length(); i++) {
            v = v * 10 + (index.charAt(i) - '0');
        }
        return v;
    }

    private void finishPaper(boolean eof) {
        if (paper == null) {
            return;
        }
        PaperBuilder pb = paper;
        paper = null;
        boolean truncated = eof && (pb.detailsOpen() || (!lastLineTerminated && !pb.detailsClosed() && seenDetails));
        seenDetails |= pb.detailsClosed() || pb.detailsOpen();
        templateCheck.add(pb, pb.build(eof, truncated), truncated, category);
    }

    /** Judges each built paper against its neighbours, then delivers it. */
    private final TemplateCheck<CategoryBuilder> templateCheck;

    /** Puts a judged paper into its category and hands it to the listener. */
    private void deliver(CategoryBuilder category, Paper built) {
        category.count++;
        category.end(built.span());
        if (retainPapers) {
            category.papers.add(built);
        }
        if (listener != null) {
            listener.accept(category.name, category.anchor, built);
        }
    }

    private final Set<String> unknownLabels = new HashSet<>();

    private final Map<String, String> shortStrings = new HashMap<>();

    /** One instance per distinct short string in this parse (bounded), so repeated values share memory. */
    String dedup(String s) {
        String prior = shortStrings.get(s);
        if (prior != null) {
            return prior;
        }
        if (shortStrings.size() < 8192) {
            shortStrings.put(s, s);
        }
        return s;
    }

    /** The labels last looked up, by a hash of their text: most label lines repeat one of a few labels. */
    private final Labels.Entry[] recentLabels = new Labels.Entry[64];

    /** {@return the label written at {@code [from, to)}, as {@link Labels#entry} gives it, without copying it out when seen recently} */
    Labels.Entry labelEntry(TextWindow t, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + t.charAt(i);
        }
        int slot = (h ^ h >>> 7) & (recentLabels.length - 1);
        Labels.Entry e = recentLabels[slot];
        if (e != null && t.regionEquals(from, to, e.label())) {
            return e;
        }
        e = labels.entry(t.substring(from, to));
        recentLabels[slot] = e;
        return e;
    }

    /** Whether this is the first time the digest shows this unknown label. */
    boolean firstUnknownLabel(String normalized) {
        return unknownLabels.add(normalized);
    }

    // ------------------------------------------------------------------ end

    /** Finishes the parse and returns the digest. */
    public Digest finish() {
        finishPaper(true);
        templateCheck.finish();
        finishCategory();
        if (frontMatterLine > 0) {
            report(ProblemCode.UNEXPECTED_TEXT, frontMatterLine, 1,
                    "the front matter opened here is never closed by a '---' line; the whole file was read as "
                            + "front matter and skipped");
        }
        if (!sawContent) {
            report(ProblemCode.EMPTY_INPUT, 1, 1, "the input is empty");
        } else if (paperCount == 0 && toc.isEmpty() && categories.isEmpty() && !tocPresent) {
            report(ProblemCode.NOT_A_DIGEST, 1, 1,
                    "the input has neither a table of contents nor a paper header; it is not a digest");
        }
        if (paperCount > 0 && !tocPresent && toc.isEmpty()) {
            report(ProblemCode.MISSING_TOC, firstPaperLine, 1, "the digest has no table of contents");
        }
        List<Category> built = new DocumentCheck(problems, stopped).categories(toc, categories, byName, byAnchor);
        return new Digest(Optional.ofNullable(title), Optional.ofNullable(date != null ? date : fallbackDate),
                toc, built, problems.sorted());
    }

    /** Whether a heading names a category the table of contents lists. */
    private boolean inTocList(String content) {
        String key = DocumentCheck.categoryKey(content);
        if (key.isEmpty()) {
            return false;
        }
        for (TocEntry entry : toc) {
            if (key.equals(DocumentCheck.categoryKey(entry.name())) || key.equals(DocumentCheck.categoryKey(entry.anchor()))) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ helpers

    String excerpt(int from, int to) {
        int end = Math.min(to, from + 60);
        String s = text.substring(from, end);
        return to > end ? s + "..." : s;
    }

    boolean regionEquals(int fs, int e, String s) {
        int te = e;
        while (te > fs && isSpace(text.charAt(te - 1))) {
            te--;
        }
        return te - fs == s.length() && text.startsWith(s, fs);
    }

    /** {@code t.indexOf(needle, from)} that never looks at or past {@code to}; -1 if absent. */
    static int indexOf(CharSequence t, String needle, int from, int to) {
        return Chars.indexOf(t, needle, from, to);
    }

    /** {@code t.indexOf(c, from)} that never looks at or past {@code to}; -1 if absent. */
    static int indexOf(CharSequence t, char c, int from, int to) {
        return Chars.indexOf(t, c, from, to);
    }

    static boolean isSpace(char c) {
        return Chars.isSpace(c);
    }

    static boolean isDigit(char c) {
        return Chars.isDigit(c);
    }

    /** Finds a date written {@code yyyy-mm-dd} in a region, or null. */
    static LocalDate findDate(CharSequence t, int from, int to) {
        for (int i = from; i + 10 <= to; i++) {
            if (isDigit(t.charAt(i)) && (i == from || !isDigit(t.charAt(i - 1)))
                    && isDigit(t.charAt(i + 1)) && isDigit(t.charAt(i + 2)) && isDigit(t.charAt(i + 3))
                    && t.charAt(i + 4) == '-' && isDigit(t.charAt(i + 5)) && isDigit(t.charAt(i + 6))
                    && t.charAt(i + 7) == '-' && isDigit(t.charAt(i + 8)) && isDigit(t.charAt(i + 9))
                    && (i + 10 == to || !isDigit(t.charAt(i + 10)))) {
                int y = (t.charAt(i) - '0') * 1000 + (t.charAt(i + 1) - '0') * 100 + (t.charAt(i + 2) - '0') * 10
                        + (t.charAt(i + 3) - '0');
                int m = (t.charAt(i + 5) - '0') * 10 + (t.charAt(i + 6) - '0');
                int d = (t.charAt(i + 8) - '0') * 10 + (t.charAt(i + 9) - '0');
                if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
                    try {
                        return LocalDate.of(y, m, d);
                    } catch (java.time.DateTimeException ignored) {
                        // not a real date: keep looking
                    }
                }
            }
        }
        return null;
    }
}
