package dev.arxivdigest.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.arxivdigest.model.Problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz target for {@link RecordsReader}. In a normal build it runs in regression mode over the
 * committed inputs in {@code src/test/resources/dev/arxivdigest/json/RecordsFuzzTestInputs/};
 * set {@code JAZZER_FUZZ=1} to fuzz.
 *
 * <p>Properties: no throwable for any bytes; every record and problem at a line that exists, in
 * line order; at most one record per line; what {@link JsonWriter} writes of a record reads back
 * as the same record.
 */
class RecordsFuzzTest {

    private static final RecordsReader READER = RecordsReader.builder().maxLineLength(1 << 16).maxNestingDepth(32).build();

    @FuzzTest(maxDuration = "3m")
    void readAnyBytes(byte[] input) throws IOException {
        List<PaperRecord> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        READER.read(new ByteArrayInputStream(input), records::add, problems::add);
        int lines = 1;
        for (byte b : input) {
            if (b == '\n') {
                lines++;
            }
        }
        int last = 0;
        for (PaperRecord r : records) {
            if (r.line() <= last || r.line() > lines) {
                throw new AssertionError("record at line " + r.line() + " after " + last + " of " + lines);
            }
            last = r.line();
            String written = JsonWriter.toString(r.fields());
            RecordFile back = READER.read(new ByteArrayInputStream(written.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            if (back.records().size() != 1 || !back.records().get(0).fields().equals(r.fields())) {
                throw new AssertionError("written record does not read back: " + written);
            }
        }
        for (Problem p : problems) {
            if (p.line() > lines) {
                throw new AssertionError("problem past the last line: " + p);
            }
        }
    }
}
