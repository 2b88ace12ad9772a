package dev.arxivdigest.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed digest: its table of contents, its categories with their papers, and every problem
 * found while parsing it.
 *
 * <p>Derived views are computed once, when the digest is made: {@link #papers()} returns the same
 * list on every call. Lookups ({@link #category(String)}, {@link #paper(String)}) scan the digest;
 * for many lookups build a map from {@link #papers()} once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the title line the digest starts with, if any ({@code # 2025-07-08})
 * @param date the date the digest states in its title or preamble, or that its file name holds
 * @param toc the table of contents entries in document order; empty if there is none
 * @param categories the categories in document order
 * @param problems every problem found, the paper ones included, in document order
 */
public record Digest(Optional<String> title, Optional<LocalDate> date, List<TocEntry> toc,
                     List<Category> categories, List<Problem> problems) {

    /**
     * Validates and copies.
     *
     * @param title the title line the digest starts with, if any ({@code # 2025-07-08})
     * @param date the date the digest states in its title or preamble, or that its file name holds
     * @param toc the table of contents entries in document order; empty if there is none
     * @param categories the categories in document order
     * @param problems every problem found, the paper ones included, in document order
     * @throws NullPointerException if a component or list element is null
     */
    public Digest {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        toc = List.copyOf(toc);
        categories = CategoryList.of(categories);
        problems = List.copyOf(problems);
    }

    /**
     * Returns every paper in document order, across categories. The list is made once, with the
     * digest: calling this in a loop costs nothing.
     *
     * @return every paper, an immutable list
     */
    public List<Paper> papers() {
        return ((CategoryList) categories).papers();
    }

    /**
     * Finds a category by name, or by anchor if no name matches.
     *
     * @param name the name as written, such as {@code cs.CV}
     * @return the first category with that name or anchor, or empty
     */
    public Optional<Category> category(String name) {
        Objects.requireNonNull(name, "name");
        for (Category c : categories) {
            if (c.name().equals(name)) {
                return Optional.of(c);
            }
        }
        for (Category c : categories) {
            if (!c.anchor().isEmpty() && c.anchor().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds a paper by arXiv identifier, with or without version, as written or as a link.
     *
     * @param arxivId an identifier ({@code 2512.21349}, {@code 2512.21349v2}, {@code hep-th/9901001}),
     *     optionally with the {@code arXiv:} prefix in any case ({@code arXiv:2512.21349}), or a link
     *     that {@link ArxivId#fromUrl(String)} reads (abstract, PDF or HTML page, arXiv DOI);
     *     surrounding white space is ignored
     * @return the first paper with that identifier, or empty if there is none or the argument is
     *     neither an arXiv identifier nor a link to one
     */
    public Optional<Paper> paper(String arxivId) {
        String text = Objects.requireNonNull(arxivId, "arxivId").strip();
        if (text.regionMatches(true, 0, "arxiv:", 0, 6)) {
            text = text.substring(6).strip();
        }
        Optional<ArxivId> wanted = ArxivId.parse(text);
        if (wanted.isEmpty()) {
            wanted = ArxivId.fromUrl(text);
        }
        return wanted.flatMap(this::paper);
    }

    /**
     * Finds a paper by arXiv identifier, whatever its version ({@link ArxivId} equality).
     *
     * @param arxivId the identifier
     * @return the first paper with that identifier, or empty if there is none
     */
    public Optional<Paper> paper(ArxivId arxivId) {
        Objects.requireNonNull(arxivId, "arxivId");
        for (Category c : categories) {
            for (Paper p : c.papers()) {
                if (p.arxivId().isPresent() && p.arxivId().get().equals(arxivId)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** {@return true if any problem has severity {@link Severity#ERROR}} */
    public boolean hasErrors() {
        for (Problem p : problems) {
            if (p.severity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }
}
