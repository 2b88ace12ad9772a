package dev.arxivdigest.core;

import dev.arxivdigest.model.Category;
import dev.arxivdigest.model.Details;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Section;
import dev.arxivdigest.model.TocEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@link Digest} as markdown in the canonical dialect, the template of the upstream
 * generator (daily-arXiv-ai-enhanced).
 *
 * <p>Field text is written exactly as the model holds it. For a digest parsed from a canonical
 * file, {@code write(parse(file))} reproduces the file byte for byte (with {@code \n} line endings).
 * Digests from other dialects come out in the canonical template: labels become {@code Label: },
 * every section keeps its label and text.
 *
 * <p>Stateless and thread-safe.
 */
public final class DigestWriter {

    private static final DigestWriter CANONICAL = new DigestWriter();

    private DigestWriter() {
    }

    /** {@return the writer for the canonical dialect} */
    public static DigestWriter canonical() {
        return CANONICAL;
    }

    /**
     * Writes a digest to a string.
     *
     * @param digest the digest
     * @return the markdown
     */
    public String write(Digest digest) {
        StringBuilder sb = new StringBuilder(estimate(digest));
        try {
            write(digest, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen with a StringBuilder
        }
        return sb.toString();
    }

    /**
     * Writes a digest to an appendable, such as a {@link java.io.Writer}.
     *
     * @param digest the digest
     * @param out where to write
     * @throws IOException if the appendable fails
     */
    public void write(Digest digest, Appendable out) throws IOException {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(out, "out");
        boolean any = false;
        if (digest.title().isPresent()) {
            out.append("# ").append(digest.title().get()).append("\n\n");
        }
        if (!digest.toc().isEmpty()) {
            out.append("<div id=toc></div>\n\n# Table of Contents\n\n");
            for (TocEntry e : digest.toc()) {
                out.append("- [").append(e.name()).append("](#").append(e.anchor()).append(')');
                if (e.total().isPresent()) {
                    out.append(" [Total: ").append(Integer.toString(e.total().getAsInt())).append(']');
                }
                out.append('\n');
            }
            any = true;
        }
        for (Category c : digest.categories()) {
            if (!c.isUnnamed()) {
                if (any) {
                    out.append("\n\n");
                }
                if (!c.anchor().isEmpty()) {
                    out.append("<div id='").append(c.anchor()).append("'></div>\n\n");
                }
                out.append("# ").append(c.name()).append(" [[Back]](#toc)\n");
                any = true;
            }
            boolean afterPaper = false;
            for (Paper p : c.papers()) {
                if (afterPaper) {
                    out.append("\n\n");
                } else if (any) {
                    out.append('\n');
                }
                writePaper(p, out);
                any = true;
                afterPaper = true;
            }
        }
    }

    /**
     * Writes one paper in the canonical template, ending with a newline.
     *
     * @param paper the paper
     * @param out where to write
     * @throws IOException if the appendable fails
     */
    public void writePaper(Paper paper, Appendable out) throws IOException {
        Objects.requireNonNull(paper, "paper");
        out.append("### ");
        if (paper.index().isPresent()) {
            out.append('[').append(paper.index().get()).append("] ");
        }
        out.append('[').append(paper.title()).append("](").append(paper.link()).append(")\n");
        out.append('*');
        List<String> authors = paper.authors();
        for (int i = 0; i < authors.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(authors.get(i));
        }
        out.append("*\n");
        for (Section s : paper.sections()) {
            out.append('\n');
            writeSection(s, out);
            out.append('\n');
        }
        if (paper.details().isPresent()) {
            Details d = paper.details().get();
            out.append("\n\n<details>\n  <summary>").append(d.summary()).append("</summary>\n");
            List<Section> sections = d.sections();
            for (int i = 0; i < sections.size(); i++) {
                if (i > 0) {
                    out.append('\n');
                }
                writeSection(sections.get(i), out);
                out.append('\n');
            }
            out.append("\n</details>\n");
        }
    }

    private static void writeSection(Section s, Appendable out) throws IOException {
        if (!s.label().isEmpty()) {
            out.append(s.label()).append(": ");
        }
        out.append(s.text());
    }

    private static int estimate(Digest d) {
        long n = 256;
        for (Category c : d.categories()) {
            n += 64 + c.papers().size() * 4096L;
        }
        return (int) Math.min(n, 1 << 26);
    }
}
