package dev.arxivdigest.archive;

import dev.arxivdigest.archive.internal.DayFiles;
import dev.arxivdigest.archive.internal.DayReader;
import dev.arxivdigest.archive.internal.Dedupe;
import dev.arxivdigest.archive.internal.LookAhead;
import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.json.RecordsReader;
import dev.arxivdigest.model.PaperId;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Many days of many sources (forks) as one source of papers.
 *
 * <p>Each source is a root directory: in upstream's layout ({@code data/2026-03-10.md},
 * {@code data/2026-03-10_AI_enhanced_Chinese.jsonl}, {@code data/2026-03-10.jsonl}) or any tree of
 * digests and records ({@code DATE.source.jsonl}). Files are grouped into days by the first date in
 * their names, as {@link DigestParser#parse(Path)} reads it; a day has a markdown digest, a records
 * file, or both, and when it has both, each paper is joined with its record by {@link PaperId}.
 *
 * <pre>{@code
 * DigestArchive archive = DigestArchive.builder()
 *         .addSource("upstream", Path.of("daily-arXiv-ai-enhanced"))
 *         .addSource("fork", Path.of("my-fork/data"))
 *         .build();
 * try (ArchiveStream<ArchivedPaper> papers = archive.papers(from, to)) {
 *     for (ArchivedPaper p : papers) {
 *         index(p.paper(), p.sighting().category(), p.pdf());
 *     }
 * }
 * }</pre>
 *
 * <p>Papers come in (date, source, document) order, sources in the order they were added. Days are
 * parsed ahead on all cores ({@link Builder#threads(int)}), at most {@link Builder#lookAhead(int)}
 * days at a time, so memory is bounded by the largest days, not by the archive. Every listing and
 * read looks at the file system anew: a day written since is seen.
 *
 * <p>Faults stay local: an unreadable file or directory, a damaged digest, a line of records that is
 * not JSON are problems (with the file and line) and never stop the rest. Only {@code null}
 * arguments and bad configuration throw.
 *
 * <p>Immutable and thread-safe once built: share one archive between threads; each call works on
 * state of its own.
 */
public final class DigestArchive {

    private final Map<String, Path> sources;
    private final DayReader reader;
    private final int threads;
    private final int lookAhead;
    private final int maxProblems;

    private DigestArchive(Builder b) {
        this.sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.sources));
        this.reader = new DayReader(b.parser, b.records);
        this.threads = b.threads;
        this.lookAhead = b.lookAhead;
        this.maxProblems = b.maxProblems;
    }

    /** {@return a builder with no source, the default parser and records reader, and all cores} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the sources' names and roots, in the order they were added} */
    public Map<String, Path> sources() {
        return sources;
    }

    /**
     * Lists every day of every source, in (date, source) order.
     *
     * @return the days and the problems listing them
     */
    public Listing list() {
        List<ArchiveProblem> problems = new ArrayList<>();
        List<ArchiveDay> days = new ArrayList<>();
        for (Map.Entry<String, Path> s : sources.entrySet()) {
            days.addAll(DayFiles.list(s.getKey(), s.getValue(), problems));
        }
        List<String> order = List.copyOf(sources.keySet());
        days.sort(Comparator.comparing(ArchiveDay::date).thenComparingInt(d -> order.indexOf(d.source())));
        return new Listing(days, problems);
    }

    /**
     * Lists the days of one source, in date order.
     *
     * @param source the source's name
     * @return its days
     * @throws IllegalArgumentException if there is no such source
     */
    public List<ArchiveDay> days(String source) {
        Path root = root(source);
        return DayFiles.list(source, root, new ArrayList<>());
    }

    private Path root(String source) {
        Path root = sources.get(Objects.requireNonNull(source, "source"));
        if (root == null) {
            throw new IllegalArgumentException("no source named " + source + "; sources: " + sources.keySet());
        }
        return root;
    }

    /**
     * Opens one day of one source.
     *
     * @param source the source's name
     * @param date the day
     * @return the day, or empty if the source has no file for it
     * @throws IllegalArgumentException if there is no such source
     */
    public Optional<ArchivedDay> open(String source, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return days(source).stream().filter(d -> d.date().equals(date)).findFirst().map(reader::open);
    }

    /**
     * Opens a listed day.
     *
     * @param day the day
     * @return its papers, records and problems
     */
    public ArchivedDay open(ArchiveDay day) {
        return reader.open(Objects.requireNonNull(day, "day"));
    }

    /**
     * Reads the days from {@code from} to {@code to}, both included, of every source.
     *
     * @param from the first day
     * @param to the last day
     * @return the days, in (date, source) order, read ahead on the archive's threads
     */
    public ArchiveStream<ArchivedDay> days(LocalDate from, LocalDate to) {
        return stream(from, to, false);
    }

    /**
     * Reads the papers of the days from {@code from} to {@code to}, both included, of every source.
     *
     * @param from the first day
     * @param to the last day
     * @return the papers, in (date, source, document) order
     */
    public ArchiveStream<ArchivedPaper> papers(LocalDate from, LocalDate to) {
        return stream(from, to, true);
    }

    /** {@return every paper of the archive, in (date, source, document) order} */
    public ArchiveStream<ArchivedPaper> papers() {
        return papers(LocalDate.MIN, LocalDate.MAX);
    }

    private <T> ArchiveStream<T> stream(LocalDate from, LocalDate to, boolean papers) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Listing listing = list();
        List<ArchiveDay> days = listing.days().stream()
                .filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to)).toList();
        return stream(days, listing.problems(), papers);
    }

    private <T> ArchiveStream<T> stream(List<ArchiveDay> days, List<ArchiveProblem> listingProblems, boolean papers) {
        return new ArchiveStream<>(new LookAhead<>(days, reader::open, threads, lookAhead), papers, maxProblems, listingProblems);
    }

    /**
     * Reads the days from {@code from} to {@code to} and returns each paper once (by
     * {@link PaperId}), with all its sightings.
     *
     * @param from the first day
     * @param to the last day
     * @param content whose content stands for a paper seen more than once
     * @return the unique papers, in the order of first sighting
     */
    public UniquePapers unique(LocalDate from, LocalDate to, UniquePaper.Content content) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(content, "content");
        Listing listing = list();
        List<ArchiveDay> days = listing.days().stream()
                .filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to)).toList();
        return collect(days, listing.problems(), Set.of(), content, Watermark.EMPTY);
    }

    /**
     * Returns the papers first seen after a watermark: each paper of the days the watermark does
     * not cover whose identifier appears in none of the days it covers, once, with its sightings in
     * those new days. The result's watermark covers every day listed now: keep it for the next run,
     * and each new paper is returned exactly once across runs.
     *
     * <p>The days the watermark covers are read too (their identifiers only are kept; their
     * problems, reported by the earlier run, are not repeated), so that a paper seen before is not
     * new again. A day added later with a date the watermark already covers is taken as read.
     *
     * @param watermark the watermark of the previous run, or {@link Watermark#EMPTY}
     * @return the new papers, in the order of first sighting, and the next watermark
     */
    public UniquePapers since(Watermark watermark) {
        Objects.requireNonNull(watermark, "watermark");
        Listing listing = list();
        List<ArchiveDay> old = new ArrayList<>();
        List<ArchiveDay> fresh = new ArrayList<>();
        for (ArchiveDay d : listing.days()) {
            (watermark.covers(d.source(), d.date()) ? old : fresh).add(d);
        }
        Set<PaperId> known = new HashSet<>();
        List<ArchiveProblem> problems = new ArrayList<>(listing.problems());
        if (!old.isEmpty()) {
            try (ArchiveStream<ArchivedPaper> seen = stream(old, List.of(), true)) {
                for (ArchivedPaper p : seen) {
                    p.id().ifPresent(known::add);
                }
            }
        }
        Watermark next = watermark;
        for (ArchiveDay d : old) {
            next = next.advance(d.source(), d.date());
        }
        return collect(fresh, problems, known, UniquePaper.Content.FIRST, next);
    }

    private UniquePapers collect(List<ArchiveDay> days, List<ArchiveProblem> listingProblems, Set<PaperId> known,
                                 UniquePaper.Content content, Watermark start) {
        Dedupe dedupe = new Dedupe(content == UniquePaper.Content.LATEST, known);
        List<ArchiveProblem> problems;
        try (ArchiveStream<ArchivedPaper> papers = stream(days, listingProblems, true)) {
            for (ArchivedPaper p : papers) {
                dedupe.add(p);
            }
            problems = papers.problems();
        }
        Watermark next = start;
        for (ArchiveDay d : days) {
            next = next.advance(d.source(), d.date());
        }
        return new UniquePapers(dedupe.result(), dedupe.seen(), next, problems);
    }

    /**
     * The days of an archive, as listed.
     *
     * @param days the days, in (date, source) order
     * @param problems the problems listing them (unreadable directories, two files for one day)
     */
    public record Listing(List<ArchiveDay> days, List<ArchiveProblem> problems) {
        /**
         * Copies.
         *
         * @param days the days, in (date, source) order
         * @param problems the problems listing them (unreadable directories, two files for one day)
         * @throws NullPointerException if a list or an element is null
         */
        public Listing {
            days = List.copyOf(days);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Configures a {@link DigestArchive}. Not thread-safe; {@link #build()} takes a snapshot and
     * validates it.
     */
    public static final class Builder {
        private final Map<String, Path> sources = new LinkedHashMap<>();
        private DigestParser parser = DigestParser.builder().build();
        private RecordsReader records = RecordsReader.defaults();
        private int threads = Runtime.getRuntime().availableProcessors();
        private int lookAhead = -1;
        private int maxProblems = 10_000;

        private Builder() {
        }

        /**
         * Adds a source: a named root directory (or a single digest file).
         *
         * @param name the source's name, such as {@code upstream} or a fork's name; not blank, unique
         * @param root the root
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or already used
         */
        public Builder addSource(String name, Path root) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(root, "root");
            if (name.isBlank()) {
                throw new IllegalArgumentException("blank source name");
            }
            if (sources.putIfAbsent(name, root) != null) {
                throw new IllegalArgumentException("source " + name + " added twice");
            }
            return this;
        }

        /**
         * Sets the parser the digests are read with. With a strict parser, a digest with warnings
         * gives its problems and no papers (the day's records, if any, are then its papers).
         *
         * @param parser the parser
         * @return this builder
         */
        public Builder parser(DigestParser parser) {
            this.parser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /**
         * Sets the reader the records are read with.
         *
         * @param records the reader
         * @return this builder
         */
        public Builder recordsReader(RecordsReader records) {
            this.records = Objects.requireNonNull(records, "records");
            return this;
        }

        /**
         * Sets the number of threads days are parsed on (default: the number of cores).
         *
         * @param threads at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code threads} is below 1
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Sets how many days may be parsed ahead of the reader (default: twice the threads).
         * Memory is bounded by this many days.
         *
         * @param days at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code days} is below 1
         */
        public Builder lookAhead(int days) {
            if (days < 1) {
                throw new IllegalArgumentException("lookAhead must be at least 1: " + days);
            }
            this.lookAhead = days;
            return this;
        }

        /**
         * Sets how many problems one stream keeps; later ones are counted in a final
         * {@code too-many-problems} entry (default 10,000).
         *
         * @param max at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code max} is below 1
         */
        public Builder maxProblems(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxProblems must be at least 1: " + max);
            }
            this.maxProblems = max;
            return this;
        }

        /**
         * Builds the archive.
         *
         * @return the archive
         * @throws IllegalStateException if no source was added
         */
        public DigestArchive build() {
            if (sources.isEmpty()) {
                throw new IllegalStateException("an archive needs at least one source: call addSource");
            }
            Builder snapshot = new Builder();
            snapshot.sources.putAll(sources);
            snapshot.parser = parser;
            snapshot.records = records;
            snapshot.threads = threads;
            snapshot.lookAhead = lookAhead < 0 ? 2 * threads : lookAhead;
            snapshot.maxProblems = maxProblems;
            return new DigestArchive(snapshot);
        }
    }
}
