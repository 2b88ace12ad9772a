package dev.arxivdigest.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One paper of a digest: its header ({@code ### [N] [Title](link)}), authors, the labelled sections
 * before the details block (Main category, TL;DR, Keywords...), the details block, and the problems
 * found in it.
 *
 * <p>The field accessors ({@link #tldr()}, {@link #motivation()}...) look for the field first among
 * the sections before the details block, then inside it, so they work for forks that move sections
 * around or have no details block at all.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the running index as written between the brackets ({@code 12}), if the header has one
 * @param title the title as written
 * @param link the link target as written, or empty if the header has no link
 * @param arxivId the arXiv identifier, if the link is an arXiv abstract or PDF link
 * @param authors the authors, in order, each as written without the separating comma and spaces
 * @param sections the labelled sections before the details block, in document order
 * @param details the details block, if the paper has one
 * @param attributes typed values attached by section extractors
 * @param span where the paper was found, from its header to its last line
 * @param problems the problems found in this paper, in document order
 * @param headerLinks the links the header shows after the title's link ({@code [[PDF]](…)}), in order
 */
public record Paper(Optional<String> index, String title, String link, Optional<ArxivId> arxivId,
                    List<String> authors, List<Section> sections, Optional<Details> details,
                    Attributes attributes, SourceSpan span, List<Problem> problems, List<Link> headerLinks) {

    /**
     * Validates and copies.
     *
     * @param index the running index as written between the brackets ({@code 12}), if the header has one
     * @param title the title as written
     * @param link the link target as written, or empty if the header has no link
     * @param arxivId the arXiv identifier, if the link is an arXiv abstract or PDF link
     * @param authors the authors, in order, each as written without the separating comma and spaces
     * @param sections the labelled sections before the details block, in document order
     * @param details the details block, if the paper has one
     * @param attributes typed values attached by section extractors
     * @param span where the paper was found, from its header to its last line
     * @param problems the problems found in this paper, in document order
     * @param headerLinks the links the header shows after the title's link ({@code [[PDF]](…)}), in order
     * @throws NullPointerException if a component or list element is null
     */
    public Paper {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(arxivId, "arxivId");
        authors = List.copyOf(authors);
        sections = List.copyOf(sections);
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(span, "span");
        problems = List.copyOf(problems);
        headerLinks = List.copyOf(headerLinks);
    }

    /**
     * A paper whose header shows no link but the title's.
     *
     * @param index the running index as written between the brackets ({@code 12}), if the header has one
     * @param title the title as written
     * @param link the link target as written, or empty if the header has no link
     * @param arxivId the arXiv identifier, if the link is an arXiv abstract or PDF link
     * @param authors the authors, in order, each as written without the separating comma and spaces
     * @param sections the labelled sections before the details block, in document order
     * @param details the details block, if the paper has one
     * @param attributes typed values attached by section extractors
     * @param span where the paper was found, from its header to its last line
     * @param problems the problems found in this paper, in document order
     * @throws NullPointerException if a component or list element is null
     */
    public Paper(Optional<String> index, String title, String link, Optional<ArxivId> arxivId,
                 List<String> authors, List<Section> sections, Optional<Details> details,
                 Attributes attributes, SourceSpan span, List<Problem> problems) {
        this(index, title, link, arxivId, authors, sections, details, attributes, span, problems, List.of());
    }

    /**
     * Returns every link the paper shows besides its title's ({@link #link()}), in document order:
     * those of the header ({@link #headerLinks()}), then those of each section
     * ({@link Section#links()}, {@link #allSections()} order), such as {@code [[PDF]](…)},
     * {@code DOI: [10.1109/…](https://doi.org/…)}, {@code 免费全文: [arXiv abstract](…), [arXiv pdf](…)}
     * or a code page.
     *
     * @return the links; empty if the paper shows none
     */
    public List<Link> links() {
        List<Link> all = new ArrayList<>(headerLinks);
        for (Section s : allSections()) {
            all.addAll(s.links());
        }
        return all.isEmpty() ? List.of() : List.copyOf(all);
    }

    /**
     * Returns the paper's general identifier: its arXiv id if it has one, else the DOI or the link
     * its header shows (see {@link PaperId#fromLink(String)}). Derived from {@link #arxivId()} and
     * {@link #link()}; two sightings of one paper have equal identifiers.
     *
     * @return the identifier, or empty for a paper whose header has no link
     */
    public Optional<PaperId> id() {
        if (arxivId.isPresent()) {
            return Optional.of(PaperId.of(arxivId.get()));
        }
        return PaperId.fromLink(link);
    }

    /** {@return the running index as a number, if the header has one that fits an int} */
    public OptionalInt number() {
        if (index.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(index.get().strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * Returns the first section standing for a field, before the details block or inside it.
     *
     * @param field the field
     * @return the section, or empty
     */
    public Optional<Section> section(Field field) {
        Objects.requireNonNull(field, "field");
        Optional<Section> s = Sections.byField(sections, field);
        return s.isPresent() ? s : details.flatMap(d -> d.section(field));
    }

    /**
     * Returns the first section with a label (ignoring case and surrounding white space), before the
     * details block or inside it.
     *
     * @param label the label, such as {@code Keywords}
     * @return the section, or empty
     */
    public Optional<Section> section(String label) {
        Objects.requireNonNull(label, "label");
        Optional<Section> s = Sections.byLabel(sections, label);
        return s.isPresent() ? s : details.flatMap(d -> d.section(label));
    }

    /** {@return every section of the paper in document order: those before the details block, then those in it} */
    public List<Section> allSections() {
        if (details.isEmpty()) {
            return sections;
        }
        List<Section> all = new ArrayList<>(sections.size() + details.get().sections().size());
        all.addAll(sections);
        all.addAll(details.get().sections());
        return List.copyOf(all);
    }

    /**
     * Returns the text of a field.
     *
     * @param field the field
     * @return the text as written, or empty if the paper has no such section
     */
    public Optional<String> text(Field field) {
        return section(field).map(Section::text);
    }

    /**
     * Returns the main category: the first of {@link #categories()}, such as {@code cs.LG}. The
     * category line as written is {@code text(Field.MAIN_CATEGORY)}.
     *
     * @return the main category as written, or empty if the paper shows none
     */
    public Optional<String> mainCategory() {
        List<String> all = categories();
        return all.isEmpty() ? text(Field.MAIN_CATEGORY) : Optional.of(all.get(0));
    }

    /**
     * Returns every category the paper's category line shows, main first, in the order written:
     * {@code Categories: math.NA, cs.NA, 65R20} gives {@code [math.NA, cs.NA, 65R20]}, a line with one
     * category gives that one. Derived from the main-category section: its {@link Section#items()}, else
     * its text.
     *
     * @return the categories, each as written; empty if the paper shows none
     */
    public List<String> categories() {
        Optional<Section> line = section(Field.MAIN_CATEGORY);
        if (line.isEmpty()) {
            return List.of();
        }
        if (!line.get().items().isEmpty()) {
            return line.get().items();
        }
        String one = line.get().text().strip();
        return one.isEmpty() ? List.of() : List.of(one);
    }

    /** {@return the TL;DR} */
    public Optional<String> tldr() {
        return text(Field.TLDR);
    }

    /** {@return the motivation} */
    public Optional<String> motivation() {
        return text(Field.MOTIVATION);
    }

    /** {@return the method} */
    public Optional<String> method() {
        return text(Field.METHOD);
    }

    /** {@return the result} */
    public Optional<String> result() {
        return text(Field.RESULT);
    }

    /** {@return the conclusion} */
    public Optional<String> conclusion() {
        return text(Field.CONCLUSION);
    }

    /** {@return the paper's original abstract} */
    public Optional<String> abstractText() {
        return text(Field.ABSTRACT);
    }

    /**
     * Returns the value an extractor stored under a key, on the paper or on its details block.
     *
     * @param key the key
     * @param <T> the value's type
     * @return the value, or empty
     */
    public <T> Optional<T> get(Key<T> key) {
        Optional<T> v = attributes.get(key);
        return v.isPresent() ? v : details.flatMap(d -> d.get(key));
    }

    /** {@return the line of the paper's header, 1-based} */
    public int line() {
        return span.startLine();
    }
}
