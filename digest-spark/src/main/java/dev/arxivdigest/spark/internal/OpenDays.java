package dev.arxivdigest.spark.internal;

import dev.arxivdigest.archive.ArchiveDay;
import dev.arxivdigest.archive.ArchiveProblem;
import dev.arxivdigest.archive.ArchivedDay;
import dev.arxivdigest.archive.ArchivedPaper;
import dev.arxivdigest.archive.DigestArchive;
import dev.arxivdigest.spark.ProblemRow;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.MapPartitionsFunction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Opens the days of a partition with one archive (one digest parser and one records reader) for
 * the whole partition, day by day as Spark pulls them: the same {@link DigestArchive#open(ArchiveDay)}
 * the single-machine archive runs, so papers, joins and problems are the archive's. A local file
 * ({@code file:}) is read where it is; a file on another file system (HDFS, S3...) is first copied
 * to a temporary directory under its own name, and shown by its URI. A file that cannot be read, or
 * a day that fails for any reason, becomes a problem row: no task fails because of content.
 */
public final class OpenDays implements MapPartitionsFunction<DayJob, DayRows> {

    private static final long serialVersionUID = 1L;

    private final HashMap<String, String> hadoopConf;

    /**
     * A function.
     *
     * @param hadoopConf the driver's Hadoop configuration, to reach non-local file systems
     */
    public OpenDays(Map<String, String> hadoopConf) {
        this.hadoopConf = new HashMap<>(hadoopConf);
    }

    @Override
    public Iterator<DayRows> call(Iterator<DayJob> jobs) {
        DigestArchive archive = DigestArchive.builder().addSource("spark", Path.of(".")).threads(1).build();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return jobs.hasNext();
            }

            @Override
            public DayRows next() {
                return open(archive, jobs.next());
            }
        };
    }

    DayRows open(DigestArchive archive, DayJob job) {
        DayRows rows = new DayRows();
        List<ProblemRow> problems = new ArrayList<>(job.getProblems());
        Map<Path, String> shown = new HashMap<>();
        Path tmp = null;
        try {
            if (needsCopy(job.getMarkdown()) || needsCopy(job.getRecords())) {
                tmp = Files.createTempDirectory("digest-spark-");
            }
            Optional<Path> md = local(job, job.getMarkdown(), tmp, shown, problems);
            Optional<Path> rec = local(job, job.getRecords(), tmp, shown, problems);
            if (md.isPresent() || rec.isPresent()) {
                ArchivedDay day = archive.open(new ArchiveDay(job.getSource(), job.getDate(), md, rec));
                for (ArchivedPaper p : day.papers()) {
                    rows.getPapers().add(Rows.paper(p, job.getSourceOrder(), f -> shown.getOrDefault(f, f.toString())));
                }
                for (ArchiveProblem p : day.problems()) {
                    problems.add(Rows.problem(p, job.getDate(), f -> shown.getOrDefault(f, f.toString())));
                }
            }
        } catch (IOException | RuntimeException e) {
            rows.getPapers().clear();
            String file = job.getMarkdown() != null ? job.getMarkdown() : String.valueOf(job.getRecords());
            problems.add(Rows.unreadable(job.getSource(), job.getDate(), Locations.display(file), e));
        } finally {
            delete(tmp);
        }
        rows.setProblems(problems);
        return rows;
    }

    private static boolean needsCopy(String listed) {
        return listed != null && !Locations.isLocal(listed);
    }

    /** The local path a listed file is read from, copying it first if it is not local; empty if it cannot be had. */
    private Optional<Path> local(DayJob job, String listed, Path tmp, Map<Path, String> shown, List<ProblemRow> problems) {
        if (listed == null) {
            return Optional.empty();
        }
        if (Locations.isLocal(listed)) {
            return Optional.of(Path.of(Locations.display(listed)));
        }
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(listed);
        Path copy = tmp.resolve(remote.getName());
        try {
            FileSystem fs = remote.getFileSystem(configuration());
            try (InputStream in = fs.open(remote)) {
                Files.copy(in, copy);
            }
            shown.put(copy, listed);
            return Optional.of(copy);
        } catch (IOException | RuntimeException e) {
            problems.add(Rows.unreadable(job.getSource(), job.getDate(), listed, e));
            return Optional.empty();
        }
    }

    private Configuration configuration() {
        Configuration conf = new Configuration(false);
        hadoopConf.forEach(conf::set);
        return conf;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary copy " + dir, e);
        }
    }
}
