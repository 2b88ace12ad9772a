package dev.arxivdigest.spark;

import dev.arxivdigest.spark.internal.DayJob;
import dev.arxivdigest.spark.internal.DayRows;
import dev.arxivdigest.spark.internal.OpenDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.arxivdigest.testsupport.UpstreamDays.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Roots and files that cannot be read are problem rows, worded as the archive words them; the rest is read. */
class FaultsSparkTest {

    @TempDir
    Path dir;

    @Test
    void aMissingRootIsAProblemAndTheOtherRootsAreRead() throws IOException {
        Path good = dir.resolve("good");
        Days.writeDay(good, "2026-03-01", List.of(p("2603.00001", "cs.CL")));
        Path missing = dir.resolve("missing");
        Map<String, Path> roots = new LinkedHashMap<>();
        roots.put("gone", missing);
        roots.put("good", good);
        SparkArchive.Builder b = SparkArchive.builder();
        roots.forEach((n, r) -> b.addSource(n, r.toString()));
        ArchiveDatasets read = b.build().read(LocalSpark.session());
        List<ProblemRow> problems = read.problems().collectAsList();
        assertEquals(1, read.papers().count());
        assertEquals(List.of("gone " + missing + ":1:1: ERROR: archive-unreadable: cannot be read: NoSuchFileException: " + missing),
                Expected.problems(problems));
        assertEquals(Expected.archive(roots).problems(), Expected.problems(problems));
    }

    @Test
    void aFileGoneBetweenListingAndOpeningIsAProblemRowAndTheDayItsRecords() throws IOException {
        Path root = dir.resolve("src");
        Days.writeDay(root, "2026-03-02", List.of(p("2603.00002", "cs.CL"), p("2603.00003", "cs.CV")));
        DayJob job = new DayJob();
        job.setSource("src");
        job.setDate(LocalDate.parse("2026-03-02"));
        Path gone = root.resolve("2026-03-02.md").resolveSibling("gone-2026-03-02.md");
        job.setMarkdown("file:" + gone);
        job.setRecords("file:" + root.resolve("2026-03-02_AI_enhanced_Chinese.jsonl"));
        Iterator<DayRows> rows = new OpenDays(Map.of()).call(List.of(job).iterator());
        DayRows day = rows.next();
        assertEquals(1, day.getProblems().size());
        ProblemRow p = day.getProblems().get(0);
        assertEquals("archive-unreadable", p.getCode());
        assertEquals(gone.toString(), p.getFile());
        assertTrue(p.getMessage().startsWith("cannot be read: NoSuchFileException"), p::getMessage);
        assertEquals(List.of("2603.00002", "2603.00003"), day.getPapers().stream().map(PaperRow::getId).toList());
        assertEquals(List.of(root.resolve("2026-03-02_AI_enhanced_Chinese.jsonl").toString()),
                day.getPapers().stream().map(PaperRow::getFile).distinct().toList());
    }
}
