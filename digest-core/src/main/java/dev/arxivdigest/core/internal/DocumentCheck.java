package dev.arxivdigest.core.internal;

import dev.arxivdigest.model.Category;
import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.ProblemCode;
import dev.arxivdigest.model.TocEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The stage that judges the document once every paper is in: the table of contents against the
 * categories (missing categories, totals that do not match, categories not listed) and the
 * categories themselves (empty, anchor without heading). Problems go to the parse's one capped
 * problem log. One use per parse.
 */
final class DocumentCheck {

    private final ProblemLog log;
    private final boolean stopped;
    private List<CategoryBuilder> categories;
    private Map<String, CategoryBuilder> byName;
    private Map<String, CategoryBuilder> byAnchor;
    private Map<String, CategoryBuilder> byKey;

    /**
     * Creates the stage.
     *
     * @param log the parse's problem log
     * @param stopped whether the parse stopped at a limit (then counts are not judged)
     */
    DocumentCheck(ProblemLog log, boolean stopped) {
        this.log = log;
        this.stopped = stopped;
    }

    private void report(ProblemCode code, int line, int column, String message) {
        log.add(Problem.of(code, line, column, message));
    }

    /** Judges the table of contents and the categories; returns the categories, built. */
    List<Category> categories(List<TocEntry> toc, List<CategoryBuilder> categories, Map<String, CategoryBuilder> byName,
                              Map<String, CategoryBuilder> byAnchor) {
        this.categories = categories;
        this.byName = byName;
        this.byAnchor = byAnchor;
        List<Category> built = new ArrayList<>(categories.size());
        Map<CategoryBuilder, TocEntry> matched = new HashMap<>();
        for (TocEntry entry : toc) {
            CategoryBuilder c = findCategory(entry);
            if (c == null) {
                if (!stopped) {
                    report(ProblemCode.TOC_CATEGORY_MISSING, entry.span().startLine(), 1,
                            "the table of contents lists '" + entry.name() + "' but the digest has no such category");
                }
                continue;
            }
            matched.putIfAbsent(c, entry);
            if (entry.total().isPresent() && entry.total().getAsInt() != c.count && !stopped) {
                report(ProblemCode.TOC_TOTAL_MISMATCH, entry.span().startLine(), 1,
                        "the table of contents declares " + entry.total().getAsInt() + " papers for '" + entry.name()
                                + "' but the category has " + c.count);
            }
        }
        boolean anyHeading = false;
        for (CategoryBuilder c : categories) {
            anyHeading |= !c.anchorOnly && !c.name.isEmpty();
        }
        for (CategoryBuilder c : categories) {
            if (c.anchorOnly && anyHeading) {
                report(ProblemCode.CATEGORY_HEADING_MISSING, c.line, 1,
                        "category '" + c.name + "' has an anchor but no heading, unlike the others; the anchor names it");
            }
            TocEntry entry = matched.get(c);
            OptionalInt declared = entry == null ? OptionalInt.empty() : entry.total();
            if (!toc.isEmpty() && entry == null && !c.name.isEmpty()) {
                report(ProblemCode.CATEGORY_NOT_IN_TOC, c.headingLine, c.headingColumn,
                        "category '" + c.name + "' is not in the table of contents");
            }
            if (c.count == 0) {
                report(ProblemCode.CATEGORY_EMPTY, c.headingLine, c.headingColumn,
                        "category '" + c.name + "' has no paper");
            }
            built.add(new Category(c.name, c.anchor, declared, c.papers, c.span()));
        }
        return built;
    }

    private CategoryBuilder findCategory(TocEntry entry) {
        CategoryBuilder c = byAnchor.get(entry.anchor());
        if (c == null) {
            c = byName.get(entry.name());
        }
        if (c == null) {
            // "[cs.CV (2)](#cs.CV)" for "## 📂 cs.CV", "#computer-vision" for "## Computer Vision"
            if (byKey == null) {
                byKey = new HashMap<>();
                for (CategoryBuilder b : categories) {
                    byKey.putIfAbsent(categoryKey(b.name), b);
                    byKey.putIfAbsent(categoryKey(b.anchor), b);
                }
                byKey.remove("");
            }
            c = byKey.get(categoryKey(entry.name()));
            if (c == null) {
                c = byKey.get(categoryKey(entry.anchor()));
            }
        }
        return c;
    }

    /**
     * A category name or anchor reduced for matching: without a trailing count ({@code (2)},
     * {@code [Total: 3]}), letters and digits only, case folded.
     */
    static String categoryKey(String name) {
        int end = name.length();
        int open = Math.max(Math.max(name.lastIndexOf('('), name.lastIndexOf('（')), name.lastIndexOf('['));
        if (open > 0 && hasDigit(name.substring(open))) {
            end = open;
        }
        StringBuilder sb = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }
}
