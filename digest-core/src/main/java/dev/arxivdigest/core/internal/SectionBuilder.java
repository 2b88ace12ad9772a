package dev.arxivdigest.core.internal;

import dev.arxivdigest.core.internal.forms.InlineListForm;
import dev.arxivdigest.core.internal.forms.Line;
import dev.arxivdigest.core.internal.forms.TextWindow;
import dev.arxivdigest.model.Field;
import dev.arxivdigest.model.Section;
import dev.arxivdigest.model.SourceSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Accumulates one section as positions into the current chunk. Not thread-safe. */
final class SectionBuilder {

    final String label;
    final Optional<Field> field;
    final int line;
    final int column;
    final long startOffset;
    final boolean inDetails;
    boolean quoted;
    /**
     * Line of the first continuation that is neither a list item nor indented, or of a bulleted
     * item right under a value written on its label line that is not a list item itself; 0 if none.
     */
    int plainContinuation;
    /** Whether that continuation is a list item right under the label line. */
    boolean continuedByListItem;
    /** Whether a plain {@code Label: } line at the start of its line opened the section. */
    boolean plainLabelLine;
    /** Line feeds after the value that are its own ({@link TemplateSeparators}). */
    int trailingNewlines;

    private final ParseSession session;
    /** The current line, the session's, which this builder only reads. */
    private final Line current;
    private int valueStart = -1;
    private int valueEnd;
    private long endOffset;
    private int endLine;
    private int endColumn;

    SectionBuilder(ParseSession session, Line current, String label, Optional<Field> field, int line, int column,
                   long startOffset, boolean inDetails) {
        this.session = session;
        this.current = current;
        this.label = label;
        this.field = field;
        this.line = line;
        this.column = column;
        this.startOffset = startOffset;
        this.inDetails = inDetails;
        this.endOffset = startOffset;
        this.endLine = line;
        this.endColumn = column;
    }

    /** The label line ends at {@code e} and holds no value yet. */
    void labelEnd(int e) {
        setEnd(e);
    }

    /** The value starts on the label line at {@code from} and runs to {@code e}. */
    void extendFrom(int from, int e) {
        valueStart = from;
        setEnd(e);
    }

    /** A continuation line {@code [s, e)}, its first non-space character at {@code fs}. */
    void extend(int s, int e, int fs) {
        if (plainContinuation == 0 && !quoted && fs == s && (valueStart >= 0 || prefix != null)) {
            if (listMarkerEnd(current.text(), fs, e) < 0) {
                plainContinuation = current.number();
            } else if (endLine == line && current.number() == line + 1 && isBullet(current.text().charAt(fs))
                    && valueStart >= 0 && listMarkerEnd(current.text(), valueStart, valueEnd) < 0) {
                // a bulleted item right under a value written on its label line (a value that is not
                // itself the first item of a list): a one-line field gains it
                plainContinuation = current.number();
                continuedByListItem = true;
            }
        }
        extend(s, e);
    }

    /** A continuation line {@code [s, e)}. */
    void extend(int s, int e) {
        if (valueStart < 0) {
            // a value carried over from an earlier chunk continues with everything since this chunk began
            valueStart = prefix != null ? current.text().from() : s;
        }
        setEnd(e);
    }

    // text carried over from earlier chunks (streaming), and how much of it is content
    private String prefix;
    private int prefixContent;
    private String frozen;

    /** The chunk {@code old} ends at {@code oldFrom..oldTo}; keep what this section read of it. */
    void carry(TextWindow old, int oldFrom, int oldTo) {
        if (prefix == null && valueStart < 0) {
            return;
        }
        String before = prefix == null ? "" : prefix;
        if (valueStart >= 0) {
            prefixContent = before.length() + (valueEnd - valueStart);
            prefix = before + old.substring(valueStart, oldTo);
        } else {
            prefix = before + old.substring(oldFrom, oldTo);
        }
        valueStart = -1;
    }

    /** Takes the final text now, while the chunk it points into is still current. */
    void freeze() {
        if (frozen == null) {
            frozen = currentText();
        }
    }

    private String currentText() {
        if (prefix == null) {
            return valueStart < 0 ? "" : current.text().substring(valueStart, valueEnd);
        }
        return valueStart < 0 ? prefix.substring(0, prefixContent) : prefix + current.text().substring(valueStart, valueEnd);
    }

    private void setEnd(int e) {
        valueEnd = e;
        endOffset = current.offset(e);
        endLine = current.number();
        endColumn = current.column(e);
    }

    int endLine() {
        return endLine;
    }

    Section build() {
        String text = frozen != null ? frozen : currentText();
        if (text.indexOf('\r') >= 0) {
            text = normalizeNewlines(text);
        }
        if (quoted && text.indexOf('\n') >= 0) {
            text = unquote(text);
            int keep = text.length();
            while (keep > 0 && text.charAt(keep - 1) == '\n') {
                keep--; // bare '>' lines closing the quote are its blank lines, not the value's
            }
            text = text.substring(0, keep);
        }
        if (trailingNewlines > 0) {
            text = text + "\n".repeat(trailingNewlines);
        }
        if (text.length() <= 24) {
            text = session.dedup(text); // short values repeat (categories, scores): keep one copy
        }
        SourceSpan span = new SourceSpan(startOffset, Math.max(startOffset, endOffset), line, column,
                Math.max(line, endLine), endColumn);
        List<String> items = items(text);
        if (items.isEmpty() && mayBeInlineList()) {
            items = InlineListForm.items(label, field.isPresent(), text);
        }
        return new Section(label, field, text, items, span);
    }

    /**
     * Whether the value may be a list written on one line: a label without field, or the main
     * category; the canonical prose fields (TL;DR, motivation, ..., abstract) hold prose.
     */
    boolean mayBeInlineList() {
        return field.isEmpty() || field.get() == Field.MAIN_CATEGORY;
    }

    static String normalizeNewlines(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Removes the {@code >} quote marker (and one space) from continuation lines of a quoted value. */
    static String unquote(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int pos = 0;
        boolean firstLine = true;
        while (pos <= s.length()) {
            int nl = s.indexOf('\n', pos);
            int end = nl < 0 ? s.length() : nl;
            int i = pos;
            if (!firstLine) {
                int k = i;
                while (k < end && s.charAt(k) == ' ') {
                    k++;
                }
                if (k < end && s.charAt(k) == '>') {
                    i = k + 1;
                    if (i < end && s.charAt(i) == ' ') {
                        i++;
                    }
                }
            }
            sb.append(s, i, end);
            if (nl < 0) {
                break;
            }
            sb.append('\n');
            pos = nl + 1;
            firstLine = false;
        }
        return sb.toString();
    }

    /** The entries of a numbered or bulleted list value, or an empty list. */
    static List<String> items(String text) {
        int pos = 0;
        int n = text.length();
        while (pos < n && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t' || text.charAt(pos) == '\n')) {
            pos++;
        }
        if (pos >= n || listMarkerEnd(text, pos, n) < 0) {
            return List.of(); // cheap exit: the value does not start with a list item
        }
        pos = 0;
        List<String> items = null;
        StringBuilder cur = null;
        int markerIndent = 0;
        boolean blank = false;
        while (pos < n) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? n : nl;
            int i = pos;
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i < end) {
                int body = listMarkerEnd(text, i, end);
                if (body >= 0) {
                    if (items == null) {
                        items = new ArrayList<>();
                    }
                    if (cur != null) {
                        items.add(cur.toString());
                    }
                    cur = new StringBuilder(text.substring(body, end));
                    markerIndent = i - pos;
                } else if (cur == null) {
                    return List.of(); // text before the first item: not a list
                } else if (blank && i - pos <= markerIndent) {
                    break; // a paragraph after the list, not indented into its last item
                } else {
                    cur.append('\n').append(text, pos, end);
                }
            }
            blank = i >= end;
            pos = end + 1;
        }
        if (cur != null) {
            items.add(cur.toString());
        }
        return items == null || items.size() < 2 ? List.of() : items;
    }

    /** Returns where the item text starts after a list marker at {@code i}, or -1. */
    private static int listMarkerEnd(CharSequence t, int i, int end) {
        char c = t.charAt(i);
        if ((c == '-' || c == '*' || c == '+' || c == '•') && i + 1 < end && t.charAt(i + 1) == ' ') {
            return skipSpaces(t, i + 2, end);
        }
        int d = i;
        while (d < end && d - i < 3 && Character.isDigit(t.charAt(d))) {
            d++;
        }
        if (d > i && d < end && (t.charAt(d) == '.' || t.charAt(d) == ')' || t.charAt(d) == '、')
                && (d + 1 == end || t.charAt(d + 1) == ' ' || t.charAt(d) == '、')) {
            return skipSpaces(t, d + 1, end);
        }
        return -1;
    }

    private static boolean isBullet(char c) {
        return c == '-' || c == '*' || c == '+' || c == '•';
    }

    private static int skipSpaces(CharSequence t, int i, int end) {
        while (i < end && t.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
