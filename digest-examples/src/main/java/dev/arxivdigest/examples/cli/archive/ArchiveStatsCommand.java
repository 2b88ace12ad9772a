package dev.arxivdigest.examples.cli.archive;

import dev.arxivdigest.archive.ArchiveDay;
import dev.arxivdigest.archive.ArchiveStream;
import dev.arxivdigest.archive.ArchivedPaper;
import dev.arxivdigest.archive.DigestArchive;
import dev.arxivdigest.model.PaperId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code digest archive stats ROOT...}: per source, its days, papers and unique papers; then the
 * same for all sources together (a paper in two sources counts once there). Problems go to
 * standard error.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Prints days, papers and unique papers per source, then for all sources together.")
public final class ArchiveStatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ROOT", description = "A source: a directory of digests and records, or NAME=DIR.")
    List<String> roots;

    /** Creates the command (picocli does). */
    public ArchiveStatsCommand() {
    }

    private static final class Count {
        long days;
        long papers;
        long withoutId;
        final Set<PaperId> ids = new HashSet<>();

        long unique() {
            return ids.size() + withoutId;
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Sources.Parsed parsed = Sources.parse(roots);
        parsed.errors().forEach(e -> Output.error(err, e));
        if (parsed.archive().isEmpty()) {
            return Output.USAGE_OR_INPUT;
        }
        DigestArchive archive = parsed.archive().get();
        Map<String, Count> counts = new LinkedHashMap<>();
        archive.sources().keySet().forEach(s -> counts.put(s, new Count()));
        Count all = new Count();
        for (ArchiveDay d : archive.list().days()) {
            counts.get(d.source()).days++;
            all.days++;
        }
        try (ArchiveStream<ArchivedPaper> papers = archive.papers()) {
            for (ArchivedPaper p : papers) {
                Count c = counts.get(p.sighting().source());
                c.papers++;
                all.papers++;
                if (p.id().isPresent()) {
                    c.ids.add(p.id().get());
                    all.ids.add(p.id().get());
                } else {
                    c.withoutId++;
                    all.withoutId++;
                }
            }
            Output.problems(err, papers.problems());
            if (!papers.problems().isEmpty()) {
                Output.error(err, papers.problems().size() + " problems");
            }
        }
        int width = Math.max(3, counts.keySet().stream().mapToInt(String::length).max().orElse(3));
        String row = "%-" + width + "s  %6s  %8s  %8s%n";
        out.printf(row, "source", "days", "papers", "unique");
        counts.forEach((s, c) -> out.printf(row, Output.escape(s), c.days, c.papers, c.unique()));
        out.printf(row, "all", all.days, all.papers, all.unique());
        out.flush();
        if (out.checkError()) {
            Output.error(err, "cannot write to standard output");
            return Output.WRITE_FAILED;
        }
        return Output.OK;
    }
}
