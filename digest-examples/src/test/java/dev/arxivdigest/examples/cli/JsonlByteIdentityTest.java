package dev.arxivdigest.examples.cli;

import dev.arxivdigest.testsupport.SharedCorpus;

import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.json.RecordFile;
import dev.arxivdigest.json.RecordsReader;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
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
        Path corpus = SharedCorpus.require();
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
