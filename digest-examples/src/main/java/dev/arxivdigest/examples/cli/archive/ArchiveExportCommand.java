package dev.arxivdigest.examples.cli.archive;

import dev.arxivdigest.archive.ArchiveStream;
import dev.arxivdigest.archive.ArchivedPaper;
import dev.arxivdigest.archive.DigestArchive;
import dev.arxivdigest.archive.UniquePaper;
import dev.arxivdigest.archive.UniquePapers;
import dev.arxivdigest.archive.Watermark;
import dev.arxivdigest.examples.cli.FeedExporter;
import dev.arxivdigest.json.JsonWriter;
import dev.arxivdigest.json.JsonValue.JsonObject;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code digest archive export --format jsonl|atom|rss [--from DATE] [--to DATE] [--unique] [--since WATERMARK] ROOT...}:
 * with {@code jsonl}, one JSON object per paper on standard output (see {@link ArchiveJson}), in
 * (date, source, document) order; with {@code atom} or {@code rss}, one feed for the whole query,
 * one entry per paper in that order, built by {@link FeedExporter} as a digest's feed is, dated by
 * the day the paper was seen (its first sighting with {@code --unique}). With {@code --unique},
 * each paper once (in JSON with its {@code sightings}); with {@code --since}, each paper first
 * seen after the watermark, once. The watermark after the export is printed on standard error
 * ({@code watermark: wm1:...}), with the problems.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the archive's papers as JSON Lines (with their records' keys and where each was seen), "
                + "or as one Atom or RSS feed.")
public final class ArchiveExportCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format {
        /** JSON Lines. */
        jsonl,
        /** One Atom 1.0 feed. */
        atom,
        /** One RSS 2.0 feed. */
        rss
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class, description = "First day (YYYY-MM-DD), included.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class, description = "Last day (YYYY-MM-DD), included.")
    LocalDate to;

    @Option(names = "--unique", description = "Each paper once, with all its sightings.")
    boolean unique;

    @Option(names = "--since", paramLabel = "WATERMARK", converter = WatermarkConverter.class,
            description = "Only the papers first seen after this watermark (printed on stderr by an earlier export), each once.")
    Watermark since;

    @Parameters(arity = "1..*", paramLabel = "ROOT", description = "A source: a directory of digests and records, or NAME=DIR.")
    List<String> roots;

    /** Creates the command (picocli does). */
    public ArchiveExportCommand() {
    }

    /** Reads {@code YYYY-MM-DD}, with a clear error. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeException e) {
                throw new CommandLine.TypeConversionException("not a date (YYYY-MM-DD): " + value);
            }
        }
    }

    /** Reads a watermark, with its parser's error. */
    static final class WatermarkConverter implements CommandLine.ITypeConverter<Watermark> {
        @Override
        public Watermark convert(String value) {
            try {
                return Watermark.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (since != null && (from != null || to != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--since reads every day after the watermark: it takes no --from or --to");
        }
        LocalDate first = from == null ? LocalDate.MIN : from;
        LocalDate last = to == null ? LocalDate.MAX : to;
        if (first.isAfter(last)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        Sources.Parsed parsed = Sources.parse(roots);
        parsed.errors().forEach(e -> Output.error(err, e));
        if (parsed.archive().isEmpty()) {
            return Output.USAGE_OR_INPUT;
        }
        DigestArchive archive = parsed.archive().get();
        long written;
        Watermark next;
        List<FeedExporter.Item> items = new ArrayList<>();
        boolean feed = format != Format.jsonl;
        try {
            written = 0;
            if (since != null || unique) {
                UniquePapers u = since != null ? archive.since(since) : archive.unique(first, last, UniquePaper.Content.FIRST);
                for (UniquePaper p : u.papers()) {
                    if (feed) {
                        items.add(new FeedExporter.Item(p.content().paper(), p.content().sighting().category(),
                                Optional.of(p.first().date())));
                    } else {
                        line(out, ArchiveJson.unique(p));
                    }
                    written++;
                }
                Output.problems(err, u.problems());
                next = u.watermark();
            } else {
                next = Watermark.EMPTY;
                try (ArchiveStream<ArchivedPaper> papers = archive.papers(first, last)) {
                    for (ArchivedPaper p : papers) {
                        if (feed) {
                            items.add(new FeedExporter.Item(p.paper(), p.sighting().category(), Optional.of(p.sighting().date())));
                        } else {
                            line(out, ArchiveJson.paper(p));
                        }
                        written++;
                    }
                    Output.problems(err, papers.problems());
                }
                for (var d : archive.list().days()) {
                    if (!d.date().isBefore(first) && !d.date().isAfter(last)) {
                        next = next.advance(d.source(), d.date());
                    }
                }
            }
            if (feed) {
                feed(archive, items, out);
            }
        } catch (WriteFailed e) {
            Output.error(err, "cannot write to standard output");
            return Output.WRITE_FAILED;
        } catch (IOException e) {
            Output.error(err, "cannot write to standard output: " + e.getMessage());
            return Output.WRITE_FAILED;
        }
        out.flush();
        if (out.checkError()) {
            Output.error(err, "cannot write to standard output");
            return Output.WRITE_FAILED;
        }
        if (written == 0) {
            Output.error(err, "no paper to export" + (since != null ? " since the watermark" : " in these days"));
        }
        err.println("watermark: " + next);
        err.flush();
        return Output.OK;
    }

    /**
     * Writes the feed of the query: its title names the sources and the days (the bounds asked
     * for, else the first and last day of its papers; one date for one day), its id is
     * {@code urn:arxiv-digest:archive:SOURCES:FROM..TO}, its date the last day.
     */
    private void feed(DigestArchive archive, List<FeedExporter.Item> items, PrintWriter out) throws IOException {
        Optional<LocalDate> firstDay = items.stream().flatMap(i -> i.date().stream()).min(LocalDate::compareTo);
        Optional<LocalDate> lastDay = items.stream().flatMap(i -> i.date().stream()).max(LocalDate::compareTo);
        Optional<LocalDate> begin = from != null ? Optional.of(from) : firstDay;
        Optional<LocalDate> end = to != null ? Optional.of(to) : lastDay;
        String sources = String.join(", ", archive.sources().keySet());
        String range = begin.isEmpty() && end.isEmpty() ? "no day"
                : begin.equals(end) ? begin.get().toString()
                : begin.map(Object::toString).orElse("…") + " to " + end.map(Object::toString).orElse("…");
        String title = "arXiv digest archive " + sources + ", " + range + (since != null ? " (new since " + since + ")" : "");
        String uri = "urn:arxiv-digest:archive:" + String.join(",", archive.sources().keySet()) + ":"
                + begin.map(Object::toString).orElse("") + ".." + end.map(Object::toString).orElse("");
        FeedExporter exporter = format == Format.atom ? FeedExporter.atom() : FeedExporter.rss();
        exporter.write(title, uri, end, items, out);
    }

    /** Standard output failed: stop writing. */
    private static final class WriteFailed extends RuntimeException {
        WriteFailed() {
            super(null, null, false, false);
        }
    }

    private long lines;

    /** Writes one object and a newline; every 256 lines, checks that standard output still takes them. */
    private void line(PrintWriter out, JsonObject o) {
        try {
            JsonWriter.write(o, out);
        } catch (IOException e) {
            throw new WriteFailed();
        }
        out.write('\n');
        if (++lines % 256 == 0 && out.checkError()) {
            throw new WriteFailed();
        }
    }
}
