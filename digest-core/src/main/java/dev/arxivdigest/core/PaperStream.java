package dev.arxivdigest.core;

import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;

import java.io.IOException;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Papers of a digest, parsed one by one from a stream ({@link DigestParser#stream}). Iterate once,
 * either the papers ({@link #iterator()}, {@link #papers()}) or the papers with their category
 * ({@link #inCategories()}); close when done. Not thread-safe.
 *
 * <pre>{@code
 * try (PaperStream s = parser.stream(Path.of("2026-03-10.md"))) {
 *     s.inCategories().forEach(p -> index(p.category(), p.paper()));
 *     s.digest().problems();   // document-level problems, once the stream is consumed
 * }
 * }</pre>
 */
public interface PaperStream extends AutoCloseable, Iterable<Paper> {

    /** {@return the papers as a {@link Stream}; closing it closes this} */
    Stream<Paper> papers();

    /**
     * Returns the papers, each with the category it was found in, as a {@link Stream}; closing it
     * closes this. Iterates this stream, like {@link #papers()}: use one or the other.
     *
     * @return the papers with their category
     */
    Stream<InCategory> inCategories();

    /**
     * Returns the document: its table of contents, its categories without their papers (they
     * were streamed), and every problem. Complete once all papers have been consumed.
     *
     * @return the document so far
     */
    Digest digest();

    /**
     * Closes the input.
     *
     * @throws IOException if closing fails
     */
    @Override
    void close() throws IOException;

    /**
     * A streamed paper and the category it was found in. The category is named as in
     * {@link dev.arxivdigest.model.Category}: its name as written in its heading (or its anchor when
     * it has no heading), empty for papers found before any category heading.
     *
     * @param category the name of the paper's category, or empty
     * @param anchor the anchor of the paper's category, or empty if it has none
     * @param paper the paper
     */
    record InCategory(String category, String anchor, Paper paper) {

        /**
         * Validates.
         *
         * @param category the name of the paper's category, or empty
         * @param anchor the anchor of the paper's category, or empty if it has none
         * @param paper the paper
         * @throws NullPointerException if a component is null
         */
        public InCategory {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(paper, "paper");
        }
    }
}
