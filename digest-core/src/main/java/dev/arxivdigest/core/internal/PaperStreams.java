package dev.arxivdigest.core.internal;

import dev.arxivdigest.core.PaperStream;
import dev.arxivdigest.core.internal.forms.Forms;
import dev.arxivdigest.core.internal.forms.Line;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.ProblemCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streaming parse: decodes a byte stream incrementally, cuts it into chunks at block boundaries
 * (each chunk holds at most one paper) and feeds them to a session. Memory is bounded by the largest
 * chunk, itself bounded by the paper length limit. Not thread-safe.
 */
public final class PaperStreams implements PaperStream {

    private static final int BYTES = 64 * 1024;

    private final ParserConfig config;
    private final InputStream in;
    private final ParseSession session;
    private final boolean strict;
    private final ArrayDeque<InCategory> ready = new ArrayDeque<>();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BYTES);
    private final CharBuffer chars = CharBuffer.allocate(BYTES);
    private final StringBuilder chunk = new StringBuilder(16 * 1024);
    private long chunkGlobalStart;
    private int lineStart;
    private boolean pendingCr;
    private long decoded;
    private int bom;
    private int droppedInLine;
    private boolean first = true;
    private boolean eofBytes;
    /** Every byte has been decoded and the decoder flushed. */
    private boolean drained;
    private boolean finished;
    private Digest digest;
    private long[] marks = new long[8];
    private ProblemCode[] markCodes = new ProblemCode[8];
    private int markCount;
    private boolean iterated;

    private PaperStreams(ParserConfig config, InputStream in, LocalDate fallback, boolean strict) {
        this.config = config;
        this.in = in;
        this.strict = strict;
        this.session = new ParseSession(config, (category, anchor, paper) -> ready.add(new InCategory(category, anchor, paper)), false);
        if (fallback != null) {
            session.fallbackDate(fallback);
        }
        bytes.flip();
        chars.flip();
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
        if (!chars.hasRemaining()) {
            fill();
        }
        while (chars.hasRemaining()) {
            char c = chars.get();
            decoded++;
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    bom = 1;
                    session.report(ProblemCode.BYTE_ORDER_MARK, 1, 1, "byte order mark removed");
                    continue;
                }
            }
            if (pendingCr) {
                pendingCr = false;
                if (c == '\n') {
                    append(c);
                    endLine();
                    if (!ready.isEmpty()) {
                        return;
                    }
                    continue;
                }
                endLine();
            }
            if (c == '\0') {
                mark(decoded - 1, ProblemCode.NUL_CHARACTER);
                c = '\uFFFD';
            }
            append(c);
            if (c == '\n') {
                endLine();
            } else if (c == '\r') {
                pendingCr = true;
            }
            if (!ready.isEmpty()) {
                return;
            }
        }
        if (drained && !chars.hasRemaining()) {
            if (pendingCr) {
                pendingCr = false;
                endLine();
            }
            if (droppedInLine > 0) {
                endLine();
            }
            feedChunk(chunk.length());
            finish();
        }
    }

    private void append(char c) {
        if (chunk.length() - lineStart >= config.maxPaperChars()) {
            droppedInLine++;
            return;
        }
        chunk.append(c);
    }

    private void mark(long decodedPosition, ProblemCode code) {
        if (markCount == marks.length) {
            marks = Arrays.copyOf(marks, markCount * 2);
            markCodes = Arrays.copyOf(markCodes, markCount * 2);
        }
        marks[markCount] = decodedPosition;
        markCodes[markCount] = code;
        markCount++;
    }

    /** A line is complete in the chunk: cut a chunk before it if it starts a new block. */
    private void endLine() {
        if (droppedInLine > 0) {
            // a line longer than the limit: parse what was kept, then skip to the next block
            feedChunk(chunk.length());
            chunkGlobalStart += droppedInLine;
            droppedInLine = 0;
            session.cutPaper("a line longer than the limit of " + config.maxPaperChars() + " characters");
            return;
        }
        if (lineStart > 0 && Forms.startsBlock(lineView())) {
            feedChunk(lineStart);
        } else if (chunk.length() > config.maxPaperChars()) {
            feedChunk(chunk.length());
            session.cutPaper("a paper longer than the limit of " + config.maxPaperChars() + " characters");
        }
        lineStart = chunk.length();
    }

    /** The line just completed in the chunk, without its terminator. */
    private Line lineView() {
        int end = chunk.length();
        while (end > lineStart && (chunk.charAt(end - 1) == '\n' || chunk.charAt(end - 1) == '\r')) {
            end--;
        }
        return boundary.set(chunk, lineStart, end, 0, 0);
    }

    private final Line boundary = new Line();

    private void feedChunk(int upTo) {
        if (upTo == 0) {
            return;
        }
        String text = chunk.substring(0, upTo);
        long[] m = new long[0];
        ProblemCode[] mc = new ProblemCode[0];
        if (markCount > 0) {
            long end = chunkGlobalStart + upTo + bom;
            int k = 0;
            while (k < markCount && marks[k] < end) {
                k++;
            }
            m = new long[k];
            for (int i = 0; i < k; i++) {
                m[i] = Math.max(0, marks[i] - bom);
            }
            mc = Arrays.copyOf(markCodes, k);
            System.arraycopy(marks, k, marks, 0, markCount - k);
            System.arraycopy(markCodes, k, markCodes, 0, markCount - k);
            markCount -= k;
        }
        session.marks(m, mc);
        session.feed(text, 0, text.length(), chunkGlobalStart);
        chunk.delete(0, upTo);
        chunkGlobalStart += upTo;
        lineStart -= Math.min(lineStart, upTo);
    }

    private void fill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !drained) {
            if (!eofBytes) {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eofBytes = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
            boolean consumed = false;
            while (true) {
                CoderResult r = decoder.decode(bytes, chars, eofBytes);
                if (r.isError()) {
                    if (!chars.hasRemaining()) {
                        break; // report it on the next fill, when there is room for U+FFFD
                    }
                    mark(decoded + chars.position(), ProblemCode.INVALID_UTF8);
                    bytes.position(bytes.position() + r.length());
                    chars.put('\uFFFD');
                    continue;
                }
                consumed = r.isUnderflow();
                break;
            }
            if (eofBytes && consumed) {
                // only once every byte is decoded: a full buffer at the end of input is drained first
                decoder.flush(chars);
                drained = true;
            }
        }
        chars.flip();
    }

    private void finish() {
        finished = true;
        digest = session.finish();
        if (strict) {
            Strictness.check(digest.problems());
        }
    }
}
