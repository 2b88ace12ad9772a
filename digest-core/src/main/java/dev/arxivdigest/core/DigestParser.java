package dev.arxivdigest.core;

import dev.arxivdigest.core.internal.BuiltInExtractors;
import dev.arxivdigest.core.internal.Dates;
import dev.arxivdigest.core.internal.Extractors;
import dev.arxivdigest.core.internal.Labels;
import dev.arxivdigest.core.internal.ParserConfig;
import dev.arxivdigest.core.internal.ChunkReader;
import dev.arxivdigest.core.internal.PaperStreams;
import dev.arxivdigest.core.internal.TextSource;
import dev.arxivdigest.core.internal.Strictness;
import dev.arxivdigest.core.internal.Vocabulary;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Field;
import dev.arxivdigest.model.Paper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * Parses a daily arXiv digest, as written by daily-arXiv-ai-enhanced and its forks, into an
 * immutable {@link Digest}.
 *
 * <pre>{@code
 * DigestParser parser = DigestParser.builder().build();
 * Digest digest = parser.parse(Path.of("2025-12-30.md"));
 * for (Paper paper : digest.papers()) {
 *     System.out.println(paper.title() + " " + paper.tldr().orElse(""));
 * }
 * digest.problems().forEach(System.err::println);
 * }</pre>
 *
 * <p><b>Tolerant by default.</b> Content never makes the parser throw: every problem in the input
 * (a missing field, an unclosed block, invalid UTF-8...) is reported as a
 * {@link dev.arxivdigest.model.Problem} on the digest and on the paper it concerns, and everything
 * that can be read is returned. Only I/O errors, {@code null} arguments and, in strict mode, a
 * {@link DigestException} are thrown.
 *
 * <p><b>Thread safety.</b> A parser is immutable once built: one instance can be shared by any
 * number of threads, and each call works on state of its own.
 *
 * <p><b>Cost.</b> One pass over the input, linear in its size, with stack depth independent of it.
 * The markdown inside fields is not interpreted while parsing: fields are the text as written.
 */
public final class DigestParser {

    private static final Logger LOG = LoggerFactory.getLogger(DigestParser.class);

    private final ParserConfig config;
    private final boolean strict;

    private DigestParser(Builder b) {
        List<SectionExtractor<?>> builtIns = b.builtIns ? BuiltInExtractors.all() : List.of();
        this.config = new ParserConfig(Vocabulary.withLabelAliases(b.aliases), b.maxProblems, b.maxInputLength, b.maxPapers,
                b.maxPaperLength, Extractors.of(b.extractors, builtIns));
        this.strict = b.strict;
    }

    /** {@return a builder with the default configuration} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the built-in label aliases: each label as written, and the field it stands for} */
    public static Map<String, Field> defaultLabelAliases() {
        return Vocabulary.defaultAliases();
    }

    /** {@return the extractors this parser runs, in the order it tries them} */
    public List<SectionExtractor<?>> extractors() {
        return config.extractors().list();
    }

    /**
     * Parses a digest held in a string.
     *
     * @param markdown the digest
     * @return the digest
     * @throws DigestException in strict mode, if the digest has warnings or errors
     */
    public Digest parse(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        return inMemory(TextSource.of(markdown), null);
    }

    /**
     * Parses a digest held in UTF-8 bytes. A byte order mark is accepted; invalid bytes are replaced
     * by U+FFFD and reported at their line.
     *
     * @param utf8 the digest's bytes
     * @return the digest
     * @throws DigestException in strict mode, if the digest has warnings or errors
     */
    public Digest parse(byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        return inMemory(TextSource.utf8(utf8), null);
    }

    /**
     * Reads and parses a UTF-8 digest file. Its date, if the digest states none, is taken from the
     * file name ({@code 2025-12-30.md}).
     *
     * @param file the file
     * @return the digest
     * @throws IOException if the file cannot be read
     * @throws DigestException in strict mode, if the digest has warnings or errors
     */
    public Digest parse(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, dateOf(file));
        }
    }

    /**
     * Reads and parses a UTF-8 digest from a stream, which is read to its end but not closed.
     *
     * @param in the stream
     * @return the digest
     * @throws IOException if reading fails
     * @throws DigestException in strict mode, if the digest has warnings or errors
     */
    public Digest parse(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return parse(in, null);
    }

    private Digest parse(InputStream in, LocalDate fallback) throws IOException {
        long cap = Math.min((long) Integer.MAX_VALUE - 16, config.maxInputChars() * 3 + 4);
        byte[] bytes = in.readNBytes((int) cap);
        return inMemory(TextSource.utf8(bytes), fallback);
    }

    /**
     * Reads and parses a digest from a character stream, which is read to its end but not closed.
     *
     * @param reader the reader
     * @return the digest
     * @throws IOException if reading fails
     * @throws DigestException in strict mode, if the digest has warnings or errors
     */
    public Digest parse(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader");
        return run(TextSource.of(reader), null);
    }

    /**
     * Parses a digest file paper by paper, without holding the whole file: memory is bounded by the
     * largest paper, not by the file. Papers arrive in document order as soon as each is complete;
     * problems are on each paper, and the document-level ones (table of contents totals, empty
     * categories) in {@link PaperStream#digest()} once the stream is consumed. Each paper's category
     * is given by {@link PaperStream#inCategories()}.
     *
     * <p>The stream holds the file open: close it, for example with try-with-resources.
     *
     * @param file a UTF-8 digest file
     * @return the papers
     * @throws IOException if the file cannot be opened
     */
    public PaperStream stream(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return new NamedStream(PaperStreams.open(config, Files.newInputStream(file), dateOf(file), strict));
    }

    /**
     * Parses a UTF-8 digest from a byte stream paper by paper, like {@link #stream(Path)}. Closing
     * the returned stream closes {@code in}.
     *
     * @param in the bytes
     * @return the papers
     */
    public PaperStream stream(InputStream in) {
        Objects.requireNonNull(in, "in");
        return new NamedStream(PaperStreams.open(config, in, null, strict));
    }

    /**
     * Parses many files on all cores. Results come back in input order; a file that cannot be read
     * (or whose parse fails in any other way) yields a {@link ParsedFile} with its error and never
     * stops the others. In strict mode a digest
     * with warnings or errors is reported like any other (no {@link DigestException} is thrown).
     *
     * @param files the files
     * @return one result per file, in the order given
     */
    public List<ParsedFile> parseAll(List<Path> files) {
        return parseAll(files, f -> { });
    }

    /**
     * Parses many files on all cores, like {@link #parseAll(List)}, calling {@code onEach} as each
     * file is done (from the worker threads, in completion order): for progress reports. The
     * threads are daemon threads of a pool made for this call and shut down when it returns.
     *
     * @param files the files
     * @param onEach called once per file as soon as it is parsed; must be thread-safe. If it
     *     throws, the exception is kept on that file's result ({@link ParsedFile#callbackFailure()})
     *     and the other files go on.
     * @return one result per file, in the order given
     */
    public List<ParsedFile> parseAll(List<Path> files, java.util.function.Consumer<ParsedFile> onEach) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(onEach, "onEach");
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        if (threads == 1) {
            return parseAll(files, onEach, Runnable::run);
        }
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "digest-parse-" + n.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
        try {
            return parseAll(files, onEach, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Parses many files on the given executor, one task per file, like
     * {@link #parseAll(List, java.util.function.Consumer)}, and waits for all of them. A file whose
     * task the executor rejects gets that {@link java.util.concurrent.RejectedExecutionException}
     * as its error. The executor is not shut down.
     *
     * @param files the files
     * @param onEach called once per file as soon as it is parsed, on the executor's threads; must be
     *     thread-safe. If it throws, the exception is kept on that file's result
     *     ({@link ParsedFile#callbackFailure()}) and the other files go on.
     * @param executor runs the tasks; {@code Runnable::run} parses on the calling thread
     * @return one result per file, in the order given
     * @throws IllegalStateException if the calling thread is interrupted while waiting
     */
    public List<ParsedFile> parseAll(List<Path> files, java.util.function.Consumer<ParsedFile> onEach,
                                     java.util.concurrent.Executor executor) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(onEach, "onEach");
        Objects.requireNonNull(executor, "executor");
        List<Path> copy = List.copyOf(files);
        DigestParser tolerant = strict ? new DigestParser(this.config, false) : this;
        ParsedFile[] out = new ParsedFile[copy.size()];
        java.util.concurrent.CompletableFuture<?>[] tasks = new java.util.concurrent.CompletableFuture<?>[copy.size()];
        for (int i = 0; i < copy.size(); i++) {
            int index = i;
            Path p = copy.get(i);
            try {
                tasks[i] = java.util.concurrent.CompletableFuture.runAsync(
                        () -> out[index] = tolerant.parseOne(p, onEach), executor);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                out[i] = new ParsedFile(p, Optional.empty(), Optional.of(e));
                tasks[i] = java.util.concurrent.CompletableFuture.completedFuture(null);
            }
        }
        try {
            java.util.concurrent.CompletableFuture.allOf(tasks).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing files", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause(); // only an Error gets here: parseOne catches every exception
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("parsing failed", cause);
        }
        return List.of(out);
    }

    /** Parses one file of a batch and tells the callback; never throws an exception. */
    private ParsedFile parseOne(Path p, java.util.function.Consumer<ParsedFile> onEach) {
        ParsedFile r;
        try {
            r = new ParsedFile(p, Optional.of(parse(p)), Optional.empty());
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not parse {}", p, e);
            r = new ParsedFile(p, Optional.empty(), Optional.of(e));
        }
        try {
            onEach.accept(r);
        } catch (RuntimeException e) {
            LOG.debug("progress callback failed for {}", p, e);
            r = r.withCallbackFailure(e);
        }
        return r;
    }

    private DigestParser(ParserConfig config, boolean strict) {
        this.config = config;
        this.strict = strict;
    }

    /** Parses an input held in memory, which cannot fail to be read. */
    private Digest inMemory(TextSource input, LocalDate fallback) {
        try {
            return run(input, fallback);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Digest run(TextSource input, LocalDate fallback) throws IOException {
        Digest d = ChunkReader.parse(config, input, fallback);
        if (LOG.isDebugEnabled()) {
            LOG.debug("parsed: {} categories, {} problems", d.categories().size(), d.problems().size());
        }
        if (strict) {
            Strictness.check(d.problems());
        }
        return d;
    }

    private static LocalDate dateOf(Path file) {
        Path name = file.getFileName();
        return name == null ? null : Dates.find(name.toString());
    }

    /**
     * Configures a {@link DigestParser}. Not thread-safe; {@link #build()} takes a snapshot, so a
     * builder can be changed and built again.
     */
    public static final class Builder {

        private boolean strict;
        private int maxProblems = 10_000;
        private long maxInputLength = Integer.MAX_VALUE / 2;
        private int maxPapers = Integer.MAX_VALUE;
        private int maxPaperLength = 4 << 20;
        private final List<SectionExtractor<?>> extractors = new ArrayList<>();
        private final Map<String, Field> aliases = new LinkedHashMap<>();
        private boolean builtIns = true;

        private Builder() {
        }

        /**
         * Makes the parser throw a {@link DigestException} carrying every problem when a digest has
         * a problem of severity {@code WARNING} or {@code ERROR}. Off by default.
         *
         * @param strict whether to fail on problems
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Sets how many problems are recorded per parse; past that a single
         * {@code too-many-problems} problem is recorded. Default 10,000.
         *
         * @param max at least 1
         * @return this builder
         */
        public Builder maxProblems(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxProblems must be at least 1: " + max);
            }
            this.maxProblems = max;
            return this;
        }

        /**
         * Sets how many characters of an input are parsed; the rest is skipped with a
         * {@code limit-exceeded} problem. Default 2^30 - 1, about the most a Java string holds.
         *
         * @param maxChars at least 1
         * @return this builder
         */
        public Builder maxInputLength(long maxChars) {
            if (maxChars < 1) {
                throw new IllegalArgumentException("maxInputLength must be at least 1: " + maxChars);
            }
            this.maxInputLength = maxChars;
            return this;
        }

        /**
         * Sets how many papers of an input are parsed; the rest is skipped with a
         * {@code limit-exceeded} problem. Default unlimited.
         *
         * @param max at least 1
         * @return this builder
         */
        public Builder maxPapers(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxPapers must be at least 1: " + max);
            }
            this.maxPapers = max;
            return this;
        }

        /**
         * Sets how many characters one paper may have; the rest of a longer paper is skipped with a
         * {@code limit-exceeded} problem. Bounds the memory of {@link DigestParser#stream(Path)}.
         * Default 4 MiB of characters.
         *
         * @param maxChars at least 1
         * @return this builder
         */
        public Builder maxPaperLength(int maxChars) {
            if (maxChars < 1) {
                throw new IllegalArgumentException("maxPaperLength must be at least 1: " + maxChars);
            }
            this.maxPaperLength = maxChars;
            return this;
        }

        /**
         * Adds a label alias: sections with this label fill the given field. Aliases added here win
         * over the built-in ones ({@link DigestParser#defaultLabelAliases()}). Labels are compared
         * ignoring case, surrounding symbols and emoji.
         *
         * @param label the label as written, such as {@code 研究背景}
         * @param field the field it stands for
         * @return this builder
         */
        public Builder addLabelAlias(String label, Field field) {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(field, "field");
            if (Labels.normalize(label).isEmpty()) {
                throw new IllegalArgumentException("label has no letter or digit: '" + label + "'");
            }
            aliases.put(label, field);
            return this;
        }

        /**
         * Adds a section extractor. Extractors run in the order added, before the built-in ones; one
         * with the key of a built-in replaces it.
         *
         * @param extractor the extractor
         * @return this builder
         */
        public Builder addExtractor(SectionExtractor<?> extractor) {
            extractors.add(Objects.requireNonNull(extractor, "extractor"));
            return this;
        }

        /**
         * Adds every {@link SectionExtractor} that {@link ServiceLoader} finds on a class loader, in a
         * deterministic order: sorted by class name. Discovery is opt-in: nothing is loaded unless
         * this is called.
         *
         * @param loader the class loader to search
         * @return this builder
         */
        @SuppressWarnings("rawtypes")
        public Builder discoverExtractors(ClassLoader loader) {
            Objects.requireNonNull(loader, "loader");
            List<SectionExtractor<?>> found = new ArrayList<>();
            for (SectionExtractor x : ServiceLoader.load(SectionExtractor.class, loader)) {
                found.add(x);
            }
            found.sort(java.util.Comparator.comparing(x -> x.getClass().getName()));
            extractors.addAll(found);
            return this;
        }

        /**
         * Turns the built-in extractors (keywords, relevance, read time, key contributions, comment,
         * translated title) on or off. On by default.
         *
         * @param enabled whether to run them
         * @return this builder
         */
        public Builder builtInExtractors(boolean enabled) {
            this.builtIns = enabled;
            return this;
        }

        /** {@return a parser with this configuration} */
        public DigestParser build() {
            return new DigestParser(this);
        }
    }

    /**
     * The stream {@link #stream(Path)} returns: a {@link dev.arxivdigest.core.PaperStream}, under the
     * name it had when it was declared here. Kept so that code naming {@code DigestParser.PaperStream}
     * compiles unchanged; new code can name {@link dev.arxivdigest.core.PaperStream}.
     */
    public interface PaperStream extends dev.arxivdigest.core.PaperStream {
    }

    /** Presents the engine's stream under the nested name. */
    private static final class NamedStream implements PaperStream {
        private final dev.arxivdigest.core.PaperStream engine;

        NamedStream(dev.arxivdigest.core.PaperStream engine) {
            this.engine = engine;
        }

        @Override
        public java.util.Iterator<Paper> iterator() {
            return engine.iterator();
        }

        @Override
        public Stream<Paper> papers() {
            return engine.papers();
        }

        @Override
        public Stream<InCategory> inCategories() {
            return engine.inCategories();
        }

        @Override
        public Digest digest() {
            return engine.digest();
        }

        @Override
        public void close() throws IOException {
            engine.close();
        }
    }
}
