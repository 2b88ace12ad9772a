package dev.arxivdigest.examples.cli;

import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.json.RecordFile;
import dev.arxivdigest.json.RecordsReader;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The JSONL export moved onto the project's codec: it writes the same bytes as the export built on
 * Jackson's data binding did ({@link LegacyJsonlExporter}), for the bundled sample and every digest
 * of the shared corpus, and {@link RecordsReader} reads each exported line back as one record.
 */
class JsonlByteIdentityTest {

    private static final DigestParser PARSER = DigestParser.builder().build();

    private static void check(String name, Digest digest) throws IOException {
        JsonlExporter now = new JsonlExporter();
        LegacyJsonlExporter before = new LegacyJsonlExporter();
        StringBuilder all = new StringBuilder();
        for (Paper p : digest.papers()) {
            String line = now.line(p);
            assertEquals(before.line(p), line, () -> name + ":" + p.line());
            all.append(line).append('\n');
        }
        RecordFile back = RecordsReader.defaults().read(new ByteArrayInputStream(all.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), back.problems(), name);
        assertEquals(digest.papers().size(), back.records().size(), name);
    }

    @Test
    void theSampleExportsTheSameBytes() throws IOException {
        try (InputStream in = DigestCli.class.getResourceAsStream(DigestCli.SAMPLE_RESOURCE)) {
            check("sample.md", PARSER.parse(in));
        }
    }

    @Test
    void everyCorpusDigestExportsTheSameBytes() throws IOException {
        Path corpus = null;
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 5 && dir != null && corpus == null; i++) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            corpus = Files.isDirectory(candidate.resolve("upstream")) ? candidate : null;
            dir = dir.getParent();
        }
        if (corpus == null && Boolean.getBoolean("corpus.required")) {
            org.junit.jupiter.api.Assertions.fail("shared corpus not found but -Dcorpus.required=true");
        }
        Assumptions.assumeTrue(corpus != null, "shared corpus not found: skipped");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(corpus)) {
            s.filter(p -> p.getFileName().toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
                    .sorted().forEach(files::add);
        }
        assertEquals(true, files.size() >= 50, "digests found: " + files.size());
        for (Path f : files) {
            check(f.toString(), PARSER.parse(f));
        }
    }
}
