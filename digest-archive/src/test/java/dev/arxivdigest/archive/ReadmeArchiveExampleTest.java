package dev.arxivdigest.archive;

import dev.arxivdigest.json.RecordFile;
import dev.arxivdigest.json.RecordsReader;
import dev.arxivdigest.testsupport.UpstreamDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static dev.arxivdigest.testsupport.UpstreamDays.p;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The README's archive snippets, as written there, on an archive written by the test. */
class ReadmeArchiveExampleTest {

    @Test
    void theReadmeSnippetRuns(@TempDir Path tmp) throws IOException {
        UpstreamDays.writeDay(tmp.resolve("daily-arXiv-ai-enhanced/data"), "2026-03-10", List.of(p("2603.00001", "cs.CV")));
        UpstreamDays.writeMarkdown(tmp.resolve("fork/data"), "2026-03-11", List.of(p("2603.00002", "cs.CL")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        LocalDate from = LocalDate.of(2026, 3, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);

        // --- as in the README, with the roots under the test's directory
        DigestArchive archive = DigestArchive.builder()          // immutable, thread-safe once built
                .addSource("upstream", tmp.resolve("daily-arXiv-ai-enhanced"))   // upstream's data/ layout
                .addSource("my-fork", tmp.resolve("fork/data"))                  // or any tree of digests
                .build();

        try (ArchiveStream<ArchivedPaper> papers = archive.papers(from, to)) {
            for (ArchivedPaper p : papers) {                     // (date, source, document) order
                Sighting s = p.sighting();                        // date, source, category, position, file, line
                out.println(s.date() + " " + s.category() + " " + p.paper().title());
                out.println(p.pdf().orElse("") + " " + p.categories() + " " + p.comment().orElse(""));
            }
            papers.problems().forEach(out::println);             // FILE:LINE:COL: severity: code: message
        }
        RecordFile records = RecordsReader.defaults().read(tmp.resolve("daily-arXiv-ai-enhanced/data/2026-03-10_AI_enhanced_Chinese.jsonl"));
        // ---

        assertEquals("2026-03-10 cs.CV Title of 2603.00001\n"
                + "https://arxiv.org/pdf/2603.00001 [cs.CV, cs.AI] 8 pages\n"
                + "2026-03-11 cs.CL Title of 2603.00002\n"
                + " [cs.CL] \n", bytes.toString(StandardCharsets.UTF_8));
        assertEquals(1, records.records().size());
    }
}
