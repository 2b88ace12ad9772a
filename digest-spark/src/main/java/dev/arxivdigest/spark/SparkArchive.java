package dev.arxivdigest.spark;

import dev.arxivdigest.spark.internal.DayJob;
import dev.arxivdigest.spark.internal.DayRows;
import dev.arxivdigest.archive.DayFileName;
import dev.arxivdigest.spark.internal.ListedFile;
import dev.arxivdigest.spark.internal.Locations;
import dev.arxivdigest.spark.internal.OpenDays;
import dev.arxivdigest.spark.internal.PairDay;
import dev.arxivdigest.spark.internal.Rows;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The archive of many days and many sources (forks) on Apache Spark: the same days, papers, joins
 * with records and problems as {@link dev.arxivdigest.archive.DigestArchive} gives on one machine,
 * as typed Datasets.
 *
 * <pre>{@code
 * SparkArchive archive = SparkArchive.builder()
 *         .addSource("upstream", "hdfs:///digests/daily-arXiv-ai-enhanced/data")
 *         .addSource("fork", "s3a://bucket/my-fork/data")
 *         .build();
 * ArchiveDatasets read = archive.read(spark);
 * Dataset<PaperRow> papers = read.papers();
 * Dataset<UniquePaperRow> unique = read.unique();
 * ArchiveParquet.write(read, "hdfs:///out/archive", SaveMode.ErrorIfExists);
 * }</pre>
 *
 * <p>Each root is listed with Spark's {@code binaryFile} source (recursively, keeping file names that
 * match {@link Builder#pathGlobFilter(String) a glob}); only the paths travel: the files of one day
 * of one source (its markdown digest and its records) are grouped by (source, day) and opened
 * together in one task, with one parser per partition. Files are grouped into days by the first
 * date in their names, as the archive does. Spark's listing leaves out files and directories whose
 * names start with {@code .} or {@code _}.
 *
 * <p>Faults stay local: a root, file or day that cannot be read and damaged content are problem
 * rows, never failed tasks.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class SparkArchive {

    /** The default glob: markdown digests and JSONL records. */
    public static final String DEFAULT_GLOB = "*.{md,jsonl}";

    private final Map<String, String> sources;
    private final String glob;

    private SparkArchive(Map<String, String> sources, String glob) {
        this.sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.glob = glob;
    }

    /** {@return a builder with no source and the default glob} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the sources' names and roots, in the order they were added} */
    public Map<String, String> sources() {
        return sources;
    }

    /**
     * Plans the reading of every day of every source. Nothing is read until an action runs; the
     * opened days are persisted (memory, then disk), so papers, problems and unique papers are
     * parsed once; {@code spark.catalog().clearCache()} releases them.
     *
     * @param spark the session
     * @return the papers and problems
     */
    public ArchiveDatasets read(SparkSession spark) {
        Objects.requireNonNull(spark, "spark");
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<ProblemRow> rootProblems = new ArrayList<>();
        Dataset<ListedFile> listed = null;
        int order = 0;
        for (Map.Entry<String, String> s : sources.entrySet()) {
            int sourceOrder = order++;
            Optional<ProblemRow> missing = checkRoot(s.getKey(), s.getValue(), hadoop);
            if (missing.isPresent()) {
                rootProblems.add(missing.get());
                continue;
            }
            Dataset<ListedFile> files = spark.read().format("binaryFile")
                    .option("pathGlobFilter", glob)
                    .option("recursiveFileLookup", "true")
                    .load(s.getValue())
                    .select("path")
                    .as(Encoders.STRING())
                    .flatMap(new Recognise(s.getKey(), sourceOrder), Encoders.bean(ListedFile.class));
            listed = listed == null ? files : listed.unionAll(files);
        }
        Dataset<ProblemRow> listing = spark.createDataset(rootProblems, Encoders.bean(ProblemRow.class));
        if (listed == null) {
            return new ArchiveDatasets(spark.emptyDataset(Encoders.bean(PaperRow.class)), listing);
        }
        Map<String, String> conf = new HashMap<>();
        hadoop.forEach(e -> conf.put(e.getKey(), e.getValue()));
        Dataset<DayRows> days = listed
                .groupByKey((MapFunction<ListedFile, String>) ListedFile::key, Encoders.STRING())
                .mapGroups(new PairDay(), Encoders.bean(DayJob.class))
                .mapPartitions(new OpenDays(conf), Encoders.bean(DayRows.class))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<PaperRow> papers = days.flatMap(
                (FlatMapFunction<DayRows, PaperRow>) d -> d.getPapers().iterator(), Encoders.bean(PaperRow.class));
        Dataset<ProblemRow> problems = listing.unionAll(days.flatMap(
                (FlatMapFunction<DayRows, ProblemRow>) d -> d.getProblems().iterator(), Encoders.bean(ProblemRow.class)));
        return new ArchiveDatasets(papers, problems);
    }

    /** A root that does not exist or cannot be listed is a problem, as in the archive, not a failed job. */
    private static Optional<ProblemRow> checkRoot(String source, String root, Configuration hadoop) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(root);
            FileSystem fs = p.getFileSystem(hadoop);
            if (!fs.exists(p)) {
                throw new java.nio.file.NoSuchFileException(Locations.display(root)); // worded as the archive words it
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(Rows.unreadable(source, null, Locations.display(root), e));
        }
    }

    /** Keeps the listed paths whose names name a day, with what they are. */
    private static final class Recognise implements FlatMapFunction<String, ListedFile> {
        private static final long serialVersionUID = 1L;
        private final String source;
        private final int sourceOrder;

        Recognise(String source, int sourceOrder) {
            this.source = source;
            this.sourceOrder = sourceOrder;
        }

        @Override
        public java.util.Iterator<ListedFile> call(String path) {
            return DayFileName.recognise(new org.apache.hadoop.fs.Path(path).getName())
                    .map(n -> List.of(ListedFile.of(source, sourceOrder, n.date(), path, n.kind())))
                    .orElse(List.of()).iterator();
        }
    }

    /**
     * Configures a {@link SparkArchive}. Not thread-safe; {@link #build()} takes a snapshot.
     */
    public static final class Builder {
        private final Map<String, String> sources = new LinkedHashMap<>();
        private String glob = DEFAULT_GLOB;

        private Builder() {
        }

        /**
         * Adds a source: a named root directory in any file system Spark reads ({@code file:},
         * {@code hdfs:}, {@code s3a:}...), in upstream's layout or any tree of digests and records.
         *
         * @param name the source's name; not blank, unique
         * @param root the root
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or already used, or the root blank
         */
        public Builder addSource(String name, String root) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(root, "root");
            if (name.isBlank()) {
                throw new IllegalArgumentException("blank source name");
            }
            if (root.isBlank()) {
                throw new IllegalArgumentException("blank root for source " + name);
            }
            if (sources.putIfAbsent(name, root) != null) {
                throw new IllegalArgumentException("source " + name + " added twice");
            }
            return this;
        }

        /**
         * Sets the glob that file names must match to be listed (Spark's {@code pathGlobFilter});
         * among them, only names with a date that the archive recognises are read.
         *
         * @param glob the glob, default {@value SparkArchive#DEFAULT_GLOB}
         * @return this builder
         * @throws IllegalArgumentException if the glob is blank
         */
        public Builder pathGlobFilter(String glob) {
            Objects.requireNonNull(glob, "glob");
            if (glob.isBlank()) {
                throw new IllegalArgumentException("blank glob");
            }
            this.glob = glob;
            return this;
        }

        /**
         * Builds the archive.
         *
         * @return the archive
         * @throws IllegalStateException if no source was added
         */
        public SparkArchive build() {
            if (sources.isEmpty()) {
                throw new IllegalStateException("an archive needs at least one source: call addSource");
            }
            return new SparkArchive(sources, glob);
        }
    }
}
