package dev.arxivdigest.spark;

import dev.arxivdigest.spark.internal.Rows;
import dev.arxivdigest.spark.internal.Unique;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;

import java.util.Objects;

/**
 * The papers and problems of an archive on Spark.
 *
 * <p>Immutable and thread-safe (as Spark's Datasets are).
 *
 * @param papers every sighting of every paper: one row per paper per day and source
 * @param problems every problem of every root and file
 */
public record ArchiveDatasets(Dataset<PaperRow> papers, Dataset<ProblemRow> problems) {

    /**
     * Validates.
     *
     * @param papers every sighting of every paper
     * @param problems every problem
     * @throws NullPointerException if a component is null
     */
    public ArchiveDatasets {
        Objects.requireNonNull(papers, "papers");
        Objects.requireNonNull(problems, "problems");
    }

    /**
     * Each paper once across days and sources, as
     * {@link dev.arxivdigest.archive.DigestArchive#unique(java.time.LocalDate, java.time.LocalDate,
     * dev.arxivdigest.archive.UniquePaper.Content) DigestArchive.unique(..., FIRST)} gives it: papers
     * with equal identifiers are one, the first sighting in (date, source, document) order wins, every
     * sighting is kept in that order. A paper without identifier is its own unique paper.
     *
     * @return the unique papers, in no particular order (sort by {@code paper.date} and so on to
     *     get the archive's order of first sighting)
     */
    public Dataset<UniquePaperRow> unique() {
        return unique(papers);
    }

    /**
     * Each paper once, from any Dataset of paper rows (for example one read back from Parquet).
     *
     * @param papers the rows
     * @return the unique papers
     * @see #unique()
     */
    public static Dataset<UniquePaperRow> unique(Dataset<PaperRow> papers) {
        Objects.requireNonNull(papers, "papers");
        return papers.groupByKey((MapFunction<PaperRow, String>) Rows::uniqueKey, Encoders.STRING())
                .mapGroups(new Unique(), Encoders.bean(UniquePaperRow.class));
    }
}
