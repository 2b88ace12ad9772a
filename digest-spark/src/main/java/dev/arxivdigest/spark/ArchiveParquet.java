package dev.arxivdigest.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.util.Objects;

/**
 * An archive on Spark as Parquet: {@code papers/} and {@code problems/} partitioned by source and
 * date ({@code source=upstream/date=2026-03-10/}), and {@code unique/} (one row per unique paper).
 * Read back with the rows' own schemas, so partition values keep their types whatever they look
 * like.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArchiveParquet {

    /** The directory of paper rows under the output path. */
    public static final String PAPERS = "papers";
    /** The directory of problem rows under the output path. */
    public static final String PROBLEMS = "problems";
    /** The directory of unique papers under the output path. */
    public static final String UNIQUE = "unique";

    private ArchiveParquet() {
    }

    /**
     * Writes papers, problems and unique papers under a path.
     *
     * @param archive the papers and problems
     * @param path the output directory, in any file system Spark writes
     * @param mode what to do if it exists ({@link SaveMode#ErrorIfExists} refuses to overwrite)
     */
    public static void write(ArchiveDatasets archive, String path, SaveMode mode) {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mode, "mode");
        archive.papers().write().mode(mode).partitionBy("source", "date").parquet(child(path, PAPERS));
        archive.problems().write().mode(mode).partitionBy("source", "date").parquet(child(path, PROBLEMS));
        archive.unique().write().mode(mode).parquet(child(path, UNIQUE));
    }

    /**
     * Reads back what {@link #write(ArchiveDatasets, String, SaveMode)} wrote.
     *
     * @param spark the session
     * @param path the directory written
     * @return the papers and problems
     */
    public static ArchiveDatasets read(SparkSession spark, String path) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(path, "path");
        Dataset<PaperRow> papers = spark.read().schema(Encoders.bean(PaperRow.class).schema())
                .parquet(child(path, PAPERS)).as(Encoders.bean(PaperRow.class));
        Dataset<ProblemRow> problems = spark.read().schema(Encoders.bean(ProblemRow.class).schema())
                .parquet(child(path, PROBLEMS)).as(Encoders.bean(ProblemRow.class));
        return new ArchiveDatasets(papers, problems);
    }

    /**
     * Reads back the unique papers that {@link #write(ArchiveDatasets, String, SaveMode)} wrote.
     *
     * @param spark the session
     * @param path the directory written
     * @return the unique papers
     */
    public static Dataset<UniquePaperRow> readUnique(SparkSession spark, String path) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(path, "path");
        return spark.read().schema(Encoders.bean(UniquePaperRow.class).schema())
                .parquet(child(path, UNIQUE)).as(Encoders.bean(UniquePaperRow.class));
    }

    private static String child(String path, String name) {
        return path.endsWith("/") ? path + name : path + "/" + name;
    }
}
