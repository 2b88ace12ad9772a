package dev.arxivdigest.core;

import dev.arxivdigest.model.Category;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.TocEntry;

/**
 * An independent writer for tests: the upstream generator's template (the canonical dialect of
 * {@code ../shared/corpus/sample.md}, described in {@code ../shared/DIALECTS.md}) filled in with a
 * model's values, without the library's {@link DigestWriter}. The property and fuzz tests render a
 * generated model with it to get the original bytes the library writer must reproduce.
 *
 * <p>Only what the canonical template holds is read: the table of contents with totals, each
 * category's anchor and heading, and for each paper its index, title, link, authors, main category,
 * TL;DR and the five details fields, every value written verbatim.
 */
public final class UpstreamTemplate {

    private static final String TOC = """
            <div id=toc></div>

            # Table of Contents

            """;

    private static final String TOC_ENTRY = "- [%s](#%s) [Total: %d]\n";

    /** A category heading; the blank lines before it end the table of contents or the paper above. */
    private static final String CATEGORY = """


            <div id='%s'></div>

            # %s [[Back]](#toc)
            """;

    /** One paper; papers of a category are separated by two blank lines. */
    private static final String PAPER = """
            ### [%s] [%s](%s)
            *%s*

            Main category: %s

            TL;DR: %s


            <details>
              <summary>Details</summary>
            Motivation: %s

            Method: %s

            Result: %s

            Conclusion: %s

            Abstract: %s

            </details>
            """;

    private UpstreamTemplate() {
    }

    /**
     * Renders a digest that has a table of contents with totals and papers with every canonical field.
     *
     * @param digest the model
     * @return the markdown the upstream generator writes for it
     */
    public static String render(Digest digest) {
        StringBuilder out = new StringBuilder(TOC);
        for (TocEntry e : digest.toc()) {
            out.append(TOC_ENTRY.formatted(e.name(), e.anchor(), e.total().orElseThrow()));
        }
        for (Category c : digest.categories()) {
            out.append(CATEGORY.formatted(c.anchor(), c.name()));
            String separator = "\n";
            for (Paper p : c.papers()) {
                out.append(separator).append(paper(p));
                separator = "\n\n";
            }
        }
        return out.toString();
    }

    private static String paper(Paper p) {
        return PAPER.formatted(p.index().orElseThrow(), p.title(), p.link(), String.join(",", p.authors()),
                p.mainCategory().orElseThrow(), p.tldr().orElseThrow(), p.motivation().orElseThrow(),
                p.method().orElseThrow(), p.result().orElseThrow(), p.conclusion().orElseThrow(),
                p.abstractText().orElseThrow());
    }
}
