package dev.arxivdigest.json;

import dev.arxivdigest.testsupport.SharedCorpus;

import dev.arxivdigest.json.JsonValue.JsonArray;
import dev.arxivdigest.json.JsonValue.JsonNumber;
import dev.arxivdigest.json.JsonValue.JsonObject;
import dev.arxivdigest.json.JsonValue.JsonString;
import dev.arxivdigest.model.PaperId;
import dev.arxivdigest.model.Problem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link RecordsReader}: upstream's and forks' records, and every kind of bad line, each reported at its line. */
class RecordsReaderTest {

    private static final String UPSTREAM = "{\"id\": \"2603.06648\", \"categories\": [\"cs.CV\", \"cs.AI\"], "
            + "\"pdf\": \"https://arxiv.org/pdf/2603.06648\", \"abs\": \"https://arxiv.org/abs/2603.06648\", "
            + "\"authors\": [\"Shiyi Ding\", \"Ying Chen\"], \"title\": \"ObjChangeVR\", \"comment\": null, "
            + "\"summary\": \"Recent advances\\n  in MLLMs.\", \"AI\": {\"tldr\": \"\\u63d0\\u51fa\", \"motivation\": \"m\", "
            + "\"method\": \"me\", \"result\": \"r\", \"conclusion\": \"c\"}}";

    private static RecordFile read(String text) throws IOException {
        return RecordsReader.defaults().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> codes(RecordFile f) {
        return f.problems().stream().map(p -> p.line() + ":" + p.code()).toList();
    }

    @Test
    void readsUpstreamsKeys() throws IOException {
        RecordFile f = read(UPSTREAM + "\n");
        assertEquals(List.of(), f.problems());
        PaperRecord r = f.records().get(0);
        assertEquals(Optional.of("2603.06648"), r.id());
        assertEquals(PaperId.parse("2603.06648"), r.paperId());
        assertEquals(List.of("cs.CV", "cs.AI"), r.categories());
        assertEquals(Optional.of("https://arxiv.org/pdf/2603.06648"), r.pdf());
        assertEquals(Optional.of("https://arxiv.org/abs/2603.06648"), r.abs());
        assertEquals(List.of("Shiyi Ding", "Ying Chen"), r.authors());
        assertEquals(Optional.of("ObjChangeVR"), r.title());
        assertEquals(Optional.empty(), r.comment());
        assertTrue(r.fields().get("comment").orElseThrow().isNull());
        assertEquals(Optional.of("Recent advances\n  in MLLMs."), r.summary());
        assertEquals(Optional.of("提出"), r.tldr());
        assertEquals(Optional.of("c"), r.ai("conclusion"));
        assertEquals(JsonObject.EMPTY, r.extras());
        assertEquals(JsonObject.EMPTY, r.aiExtras());
        assertEquals(1, r.line());
    }

    @Test
    void keepsTheKeysAForkAddsTyped() throws IOException {
        String line = "{\"id\":\"2501.00001\",\"AI\":{\"tldr\":\"t\",\"keywords\":[\"a\",\"b\"],\"importance_score\":8.50,"
                + "\"read_time_minutes\":12},\"recommendation\":{\"stars\":4,\"reason\":\"good\"},\"code_url\":\"https://github.com/x/y\","
                + "\"code_stars\":17,\"code_last_update\":\"2026-05-21\",\"lang\":\"zh\"}";
        PaperRecord r = read(line).records().get(0);
        assertEquals(List.of("recommendation", "lang"), List.copyOf(r.extras().members().keySet()));
        assertEquals(Optional.of("https://github.com/x/y"), r.codeUrl());
        assertEquals(java.util.OptionalLong.of(17), r.codeStars());
        assertEquals(Optional.of(java.time.LocalDate.of(2026, 5, 21)), r.codeLastUpdate());
        JsonObject rec = (JsonObject) r.extras().get("recommendation").orElseThrow();
        assertEquals(new BigDecimal("4"), ((JsonNumber) rec.get("stars").orElseThrow()).decimal());
        assertEquals(List.of("keywords", "importance_score", "read_time_minutes"), List.copyOf(r.aiExtras().members().keySet()));
        assertEquals(new JsonArray(List.of(new JsonString("a"), new JsonString("b"))), r.aiExtras().get("keywords").orElseThrow());
        assertEquals("8.50", ((JsonNumber) r.aiExtras().get("importance_score").orElseThrow()).text());
    }

    @Test
    void aBadLineIsReportedAtItsLineAndTheRestIsRead() throws IOException {
        String text = "{\"id\":\"2501.00001\"}\n"
                + "not json at all\n"
                + "{\"id\":\"2501.00003\",\"title\":\"trunc\n"
                + "[1,2]\n"
                + "{\"id\":\"2501.00005\"} {\"x\":1}\n"
                + "{\"id\":\"2501.00006\",\"id\":\"2501.99999\"}\n"
                + "{\"id\":\"2501.00007\"}";
        RecordFile f = read(text);
        assertEquals(List.of("2:record-not-json", "3:record-not-json", "4:record-not-an-object",
                "5:record-trailing-data", "6:record-duplicate-key"), codes(f));
        assertEquals(List.of("2501.00001", "2501.00005", "2501.00006", "2501.00007"),
                f.records().stream().map(r -> r.id().orElseThrow()).toList());
        assertEquals(List.of(1, 5, 6, 7), f.records().stream().map(PaperRecord::line).toList());
        Problem notJson = f.problems().get(0);
        assertEquals(5, notJson.column()); // Jackson stops after the unrecognised token "not"
        assertTrue(notJson.message().startsWith("not JSON"), notJson.message());
    }

    @Test
    void theColumnIsWhereTheJsonBreaks() throws IOException {
        RecordFile f = read("{\"id\": \"x\", oops}\n");
        assertEquals(List.of("1:record-not-json"), codes(f));
        assertEquals(13, f.problems().get(0).column());
    }

    @Test
    void bomCrlfAndBlankLinesAreAccepted() throws IOException {
        String text = "\uFEFF{\"id\":\"2501.00001\"}\r\n\r\n   \r\n{\"id\":\"2501.00002\"}\r\n";
        RecordFile f = read(text);
        assertEquals(List.of("1:byte-order-mark"), codes(f));
        assertEquals(List.of(1, 4), f.records().stream().map(PaperRecord::line).toList());
        assertEquals(Optional.of("2501.00002"), f.records().get(1).id());
    }

    @Test
    void aHugeLineIsSkippedWithinTheLimit() throws IOException {
        String huge = "{\"id\":\"2501.00002\",\"summary\":\"" + "x".repeat(300_000) + "\"}";
        String text = "{\"id\":\"2501.00001\"}\n" + huge + "\n{\"id\":\"2501.00003\"}\n" + huge;
        RecordFile f = RecordsReader.builder().maxLineLength(100_000).build()
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("2:record-too-long", "4:record-too-long"), codes(f));
        assertEquals(List.of(1, 3), f.records().stream().map(PaperRecord::line).toList());
    }

    @Test
    void deepNestingIsAProblemNotAStackOverflow() throws IOException {
        String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        RecordFile f = read(deep + "\n{\"id\":\"2501.00002\"}\n");
        assertEquals(List.of("1:record-not-json"), codes(f));
        assertEquals(1, f.records().size());
    }

    @Test
    void aRecordWithoutIdFindsItsPaperByItsLinks() throws IOException {
        PaperRecord r = read("{\"abs\":\"https://link.aps.org/doi/10.1103/hxzf-nmpx\"}").records().get(0);
        assertEquals(Optional.of("10.1103/hxzf-nmpx"), r.paperId().map(PaperId::value));
        assertEquals(Optional.empty(), read("{\"title\":\"t\"}").records().get(0).paperId());
    }

    @Test
    void writingAndReadingBackGivesTheSameRecord() throws IOException {
        PaperRecord r = read(UPSTREAM + "\n").records().get(0);
        String written = JsonWriter.toString(r.fields());
        assertTrue(!written.contains("\n"), "one line");
        assertEquals(r.fields(), read(written).records().get(0).fields());
    }

    @Test
    void aStreamIsReadRecordByRecord() throws IOException {
        List<Object> seen = new ArrayList<>();
        InputStream in = new ByteArrayInputStream("{\"id\":\"a\"}\nx\n{\"id\":\"b\"}\n".getBytes(StandardCharsets.UTF_8));
        RecordsReader.defaults().read(in, r -> seen.add(r.id().orElseThrow()), p -> seen.add(p.code()));
        assertEquals(List.of("a", "record-not-json", "b"), seen);
    }

    @Test
    void everyRecordOfTheSharedCorpusIsRead() throws IOException {
        Path corpus = SharedCorpus.require();
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.list(corpus.resolve("upstream")), Files.list(corpus.resolve("upstream-2025")))) {
            files = s.filter(p -> p.getFileName().toString().endsWith("_AI_enhanced_Chinese.jsonl")).sorted().toList();
        }
        assertEquals(50, files.size());
        for (Path file : files) {
            long lines;
            try (Stream<String> s = Files.lines(file)) {
                lines = s.filter(l -> !l.isBlank()).count();
            }
            RecordFile f = RecordsReader.defaults().read(file);
            assertEquals(List.of(), f.problems(), file.toString());
            assertEquals(lines, f.records().size(), file.toString());
            assertTrue(f.records().stream().allMatch(r -> r.paperId().isPresent()), file.toString());
        }
    }
}
