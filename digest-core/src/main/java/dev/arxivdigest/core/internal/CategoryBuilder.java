package dev.arxivdigest.core.internal;

import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.SourceSpan;

import java.util.ArrayList;
import java.util.List;

/** Accumulates one category while its papers are parsed. Not thread-safe. */
final class CategoryBuilder {
    final String name;
    final String anchor;
    final int line;
    final long offset;
    final int headingLine;
    final int headingColumn;
    final List<Paper> papers = new ArrayList<>();
    int count;
    boolean closed;
    /** Started by an anchor with no heading after it. */
    boolean anchorOnly;
    SourceSpan last;

    CategoryBuilder(String name, String anchor, int line, long offset, int headingLine, int headingColumn) {
        this.name = name;
        this.anchor = anchor;
        this.line = line;
        this.offset = offset;
        this.headingLine = headingLine;
        this.headingColumn = headingColumn;
    }

    void end(SourceSpan s) {
        last = s;
    }

    SourceSpan span() {
        if (last == null) {
            return new SourceSpan(offset, offset, line, 1, line, 1);
        }
        return new SourceSpan(offset, last.endOffset(), line, 1, last.endLine(), last.endColumn());
    }
}
