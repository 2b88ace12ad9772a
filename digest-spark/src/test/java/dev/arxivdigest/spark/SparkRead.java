package dev.arxivdigest.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Roots read once on Spark, with the rows collected, as {@link CorpusSparkTest} and
 * {@link GeneratedDaysSparkTest} read them, and the comparison of those rows with what the
 * single-machine archive gives on the same roots.
 *
 * @param roots the sources, by name, in the order they were added
 * @param datasets what Spark read
 * @param papers every paper sighting
 * @param unique the unique papers
 * @param problems the problems
 */
record SparkRead(Map<String, Path> roots, ArchiveDatasets datasets, List<PaperRow> papers, List<UniquePaperRow> unique,
        List<ProblemRow> problems) {

    /** {@return the roots read on the tests' local Spark session, one source each} */
    static SparkRead of(Map<String, Path> roots) {
        SparkArchive.Builder b = SparkArchive.builder();
        roots.forEach((name, root) -> b.addSource(name, root.toString()));
        ArchiveDatasets read = b.build().read(LocalSpark.session());
        return new SparkRead(roots, read, read.papers().collectAsList(), read.unique().collectAsList(),
                read.problems().collectAsList());
    }

    /** Spark's sightings, counts per source and day, unique papers and problems are the archive's. */
    void assertSameAsTheSingleMachineArchive() {
        Expected.Archive archive = Expected.archive(roots);
        assertEquals(archive.sightings(), papers.size());
        assertEquals(archive.perDay(), Expected.perDay(papers));
        assertEquals(archive.unique(), Expected.unique(unique));
        assertEquals(archive.problems(), Expected.problems(problems));
    }
}
