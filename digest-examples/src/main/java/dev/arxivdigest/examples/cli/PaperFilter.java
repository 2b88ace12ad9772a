package dev.arxivdigest.examples.cli;

import dev.arxivdigest.core.Extras;
import dev.arxivdigest.model.Category;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the papers an export writes, as upstream's own query does: a paper is kept when it is in
 * one of the categories (if any is given) AND matches one of the keywords or one of the authors
 * (if any is given), and matches none of the excluded keywords.
 *
 * <p>A category matches the name of the paper's category heading or its main category, ignoring
 * case. A keyword matches when it occurs, ignoring case, in any field: the title, an author, the
 * link, the text of any section (TL;DR, details, keywords...). An author matches when it occurs,
 * ignoring case, in one of the paper's authors.
 *
 * @param categories categories to keep, empty for all
 * @param keywords keywords of which one must match, unless empty
 * @param authors authors of which one must match, unless empty (or-ed with the keywords)
 * @param excluded keywords of which none may match
 */
record PaperFilter(List<String> categories, List<String> keywords, List<String> authors, List<String> excluded) {

    /** The filter that keeps every paper. */
    static final PaperFilter ALL = new PaperFilter(List.of(), List.of(), List.of(), List.of());

    PaperFilter {
        categories = lower(categories);
        keywords = lower(keywords);
        authors = lower(authors);
        excluded = lower(excluded);
    }

    /** {@return true if the filter keeps every paper} */
    boolean keepsAll() {
        return categories.isEmpty() && keywords.isEmpty() && authors.isEmpty() && excluded.isEmpty();
    }

    /** {@return the digest with only the papers the filter keeps; categories left empty are dropped} */
    Digest apply(Digest digest) {
        if (keepsAll()) {
            return digest;
        }
        List<Category> kept = new ArrayList<>();
        for (Category c : digest.categories()) {
            List<Paper> papers = c.papers().stream().filter(p -> keeps(c, p)).toList();
            if (!papers.isEmpty()) {
                kept.add(new Category(c.name(), c.anchor(), c.declaredTotal(), papers, c.span()));
            }
        }
        // The table of contents described the whole digest: it does not describe the selection.
        return new Digest(digest.title(), digest.date(), List.of(), kept, digest.problems());
    }

    /** {@return true if {@code paper}, found under {@code category}, is kept} */
    boolean keeps(Category category, Paper paper) {
        if (!categories.isEmpty() && !categories.contains(category.name().toLowerCase(Locale.ROOT))
                && !paper.mainCategory().map(m -> categories.contains(m.strip().toLowerCase(Locale.ROOT))).orElse(false)) {
            return false;
        }
        List<String> fields = null;
        if (!keywords.isEmpty() || !authors.isEmpty()) {
            fields = fields(paper);
            boolean matched = containsAny(fields, keywords)
                    || paper.authors().stream().anyMatch(a -> containsAny(a.toLowerCase(Locale.ROOT), authors));
            if (!matched) {
                return false;
            }
        }
        return excluded.isEmpty() || !containsAny(fields == null ? fields(paper) : fields, excluded);
    }

    /** {@return every field of the paper, lower-cased} */
    private static List<String> fields(Paper paper) {
        List<String> fields = new ArrayList<>();
        fields.add(paper.title());
        fields.add(paper.link());
        fields.addAll(paper.authors());
        for (Section s : paper.allSections()) {
            fields.add(s.text());
        }
        paper.get(Extras.KEYWORDS).ifPresent(fields::addAll);
        fields.replaceAll(f -> f.toLowerCase(Locale.ROOT));
        return fields;
    }

    private static boolean containsAny(List<String> fields, List<String> needles) {
        return fields.stream().anyMatch(f -> containsAny(f, needles));
    }

    private static boolean containsAny(String field, List<String> needles) {
        return needles.stream().anyMatch(field::contains);
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty()).toList();
    }
}
