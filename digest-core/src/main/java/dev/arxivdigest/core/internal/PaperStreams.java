package dev.arxivdigest.core.internal;

import dev.arxivdigest.core.PaperStream;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streaming parse: the same {@link ChunkReader} as {@code parse(...)}, over a byte stream, cutting chunks at block boundaries
 * (each chunk holds at most one paper) and feeds them to a session. Memory is bounded by the largest
 * chunk, itself bounded by the paper length limit. Not thread-safe.
 */
public final class PaperStreams implements PaperStream {

    private final InputStream in;
    private final ParseSession session;
    private final ChunkReader reader;
    private final boolean strict;
    private final ArrayDeque<InCategory> ready = new ArrayDeque<>();
    private boolean finished;
    private Digest digest;
    private boolean iterated;

    private PaperStreams(ParserConfig config, InputStream in, LocalDate fallback, boolean strict) {
        this.in = in;
        this.strict = strict;
        this.session = new ParseSession(config, (category, anchor, paper) -> ready.add(new InCategory(category, anchor, paper)), false);
        if (fallback != null) {
            session.fallbackDate(fallback);
        }
        this.reader = new ChunkReader(session, TextSource.utf8(in), true, config.maxPaperChars());
    }

    /** Opens a stream over {@code in}. */
    public static PaperStream open(ParserConfig config, InputStream in, LocalDate fallback,
                                                boolean strict) {
        return new PaperStreams(config, in, fallback, strict);
    }

    @Override
    public Iterator<Paper> iterator() {
        Iterator<InCategory> all = placed();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return all.hasNext();
            }

            @Override
            public Paper next() {
                return all.next().paper();
            }
        };
    }

    private Iterator<InCategory> placed() {
        if (iterated) {
            throw new IllegalStateException("a paper stream can be iterated only once");
        }
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                while (ready.isEmpty() && !finished) {
                    try {
                        advance();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return !ready.isEmpty();
            }

            @Override
            public InCategory next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
    }

    @Override
    public Stream<Paper> papers() {
        return closing(iterator());
    }

    @Override
    public Stream<InCategory> inCategories() {
        return closing(placed());
    }

    private <T> Stream<T> closing(Iterator<T> it) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(() -> {
                    try {
                        close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Override
    public Digest digest() {
        if (digest != null) {
            return digest;
        }
        return new Digest(java.util.Optional.empty(), java.util.Optional.empty(), java.util.List.of(),
                java.util.List.of(), java.util.List.of());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads until at least one paper is ready or the input ended. */
    private void advance() throws IOException {
        while (ready.isEmpty() && !finished) {
            if (!reader.next()) {
                finish();
            }
        }
    }

    private void finish() {
        finished = true;
        digest = session.finish();
        if (strict) {
            Strictness.check(digest.problems());
        }
    }
}
