package dev.arxivdigest.spark.internal;

import dev.arxivdigest.archive.ArchiveProblem;
import dev.arxivdigest.archive.DayFileChoice;
import dev.arxivdigest.archive.DayFileName;
import dev.arxivdigest.model.Severity;
import dev.arxivdigest.spark.ProblemRow;
import org.apache.spark.api.java.function.MapGroupsFunction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Pairs the files of one (source, day) group into a day, in path order, with the archive's rules
 * ({@link DayFileChoice}); a duplicate file is a {@code archive-duplicate-day} warning.
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
        DayFileChoice<String> chosen = new DayFileChoice<>();
        for (ListedFile f : all) {
            chosen.offer(f.getPath(), DayFileName.Kind.valueOf(f.getKind()))
                    .ifPresent(kept -> problems.add(duplicate(f, kept)));
        }
        job.setMarkdown(chosen.markdown().orElse(null));
        job.setRecords(chosen.records().orElse(null));
        job.setProblems(problems);
        return job;
    }

    private static ProblemRow duplicate(ListedFile ignored, String kept) {
        return Rows.problem(ignored.getSource(), ignored.getDate(), Locations.display(ignored.getPath()),
                ArchiveProblem.DUPLICATE_DAY, Severity.WARNING, 1, 1,
                "another file of this day is read instead: " + Locations.display(kept));
    }
}
