package dev.arxivdigest.examples.cli;

import dev.arxivdigest.core.DigestWriter;
import dev.arxivdigest.model.Digest;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/** The formats of {@code digest export}: the name on the command line, the file extension, the writer. */
enum ExportFormat {
    /** One JSON object per paper ({@link JsonlExporter}). */
    JSONL(".jsonl") {
        @Override
        void write(Digest digest, Writer out) throws IOException {
            new JsonlExporter().write(digest, out);
        }
    },
    /** The digest rewritten in the upstream template ({@link DigestWriter#canonical()}). */
    MARKDOWN(".md") {
        @Override
        void write(Digest digest, Writer out) throws IOException {
            out.write(DigestWriter.canonical().write(digest));
        }
    },
    /** An Atom 1.0 feed, one entry per paper ({@link FeedExporter}). */
    ATOM(".atom") {
        @Override
        void write(Digest digest, Writer out) throws IOException {
            FeedExporter.atom().write(digest, out);
        }
    },
    /** An RSS 2.0 feed, one item per paper ({@link FeedExporter}). */
    RSS(".rss") {
        @Override
        void write(Digest digest, Writer out) throws IOException {
            FeedExporter.rss().write(digest, out);
        }
    },
    /** BibTeX, one {@code @misc} entry per paper ({@link BibtexExporter}). */
    BIBTEX(".bib") {
        @Override
        void write(Digest digest, Writer out) throws IOException {
            new BibtexExporter().write(digest, out);
        }
    },
    /** One self-contained, printable HTML page ({@link HtmlPageExporter}). */
    HTML(".html") {
        @Override
        void write(Digest digest, Writer out) throws IOException {
            new HtmlPageExporter().write(digest, out);
        }
    };

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** {@return the extension of the files written with {@code --output-dir}, dot included} */
    String extension() {
        return extension;
    }

    /** {@return the name on the command line} */
    String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Writes a digest in this format.
     *
     * @param digest the digest, filtered
     * @param out where to write
     * @throws IOException if writing fails
     */
    abstract void write(Digest digest, Writer out) throws IOException;

    /** The names for shell completion and help: the enum's names in lower case. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(ExportFormat::cliName).iterator();
        }
    }
}
