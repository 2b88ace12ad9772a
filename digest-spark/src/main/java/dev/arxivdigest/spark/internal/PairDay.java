package dev.arxivdigest.spark.internal;

import dev.arxivdigest.archive.DayFileName;

import dev.arxivdigest.archive.ArchiveProblem;
import dev.arxivdigest.model.Severity;
import dev.arxivdigest.spark.ProblemRow;
import org.apache.spark.api.java.function.MapGroupsFunction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Pairs the files of one (source, day) group into a day, with the archive's rules: the first
 * markdown file in path order, the records file of the best kind (the first in path order among
 * equals); a second file of the same kind is a {@code archive-duplicate-day} warning.
 */
public final class PairDay implements MapGroupsFunction<String, ListedFile, DayJob> {

    private static final long serialVersionUID = 1L;

    @Override
    public DayJob call(String key, Iterator<ListedFile> files) {
        List<ListedFile> all = new ArrayList<>();
        files.forEachRemaining(all::add);
        all.sort(Comparator.comparing(f -> Locations.display(f.getPath())));
        ListedFile first = all.get(0);
        DayJob job = new DayJob();
        job.setSource(first.getSource());
        job.setSourceOrder(first.getSourceOrder());
        job.setDate(first.getDate());
        List<ProblemRow> problems = new ArrayList<>();
        int recordRank = Integer.MAX_VALUE;
        for (ListedFile f : all) {
            DayFileName.Kind kind = DayFileName.Kind.valueOf(f.getKind());
            if (kind == DayFileName.Kind.MARKDOWN) {
                if (job.getMarkdown() != null) {
                    problems.add(duplicate(f, job.getMarkdown()));
                } else {
                    job.setMarkdown(f.getPath());
                }
            } else if (kind.rank() < recordRank) {
                // a better kind of records replaces a lesser one (upstream writes DATE.jsonl beside the enhanced file)
                job.setRecords(f.getPath());
                recordRank = kind.rank();
            } else if (kind.rank() == recordRank) {
                problems.add(duplicate(f, job.getRecords()));
            }
        }
        job.setProblems(problems);
        return job;
    }

    private static ProblemRow duplicate(ListedFile ignored, String kept) {
        return Rows.problem(ignored.getSource(), ignored.getDate(), Locations.display(ignored.getPath()),
                ArchiveProblem.DUPLICATE_DAY, Severity.WARNING, 1, 1,
                "another file of this day is read instead: " + Locations.display(kept));
    }
}
