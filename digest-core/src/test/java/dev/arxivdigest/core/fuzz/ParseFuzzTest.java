package dev.arxivdigest.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.core.DigestWriter;
import dev.arxivdigest.core.UpstreamTemplate;
import dev.arxivdigest.model.Category;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Section;
import dev.arxivdigest.model.SourceSpan;
import dev.arxivdigest.model.TocEntry;
import dev.arxivdigest.testsupport.ThreadTime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz targets. In a normal build they run in regression mode over the committed inputs in
 * {@code src/test/resources/dev/arxivdigest/core/fuzz/ParseFuzzTestInputs/}; set
 * {@code JAZZER_FUZZ=1} to fuzz (see {@code digest-core/FUZZING.md}).
 *
 * <p>Properties: no throwable at all (the parser documents none for content); every span inside the
 * input; parsing the same input twice gives the same digest; time bounded per byte (in the parsing thread's CPU time); a digest built from fuzz data and rendered with the upstream
 * template ({@link UpstreamTemplate}) is what the library writer writes for the model, and what it
 * writes back after parsing the rendered bytes.
 */
class ParseFuzzTest {

    private static final DigestParser PARSER = DigestParser.builder().maxProblems(1_000).build();

    @FuzzTest(maxDuration = "10m")
    void parseBytes(byte[] input) throws IOException {
        long start = ThreadTime.start();
        Digest d = PARSER.parse(input);
        // 2 s plus 0.2 ms a byte of this thread's CPU time: a bound on the parser, not on the machine's load
        ThreadTime.assertWithin(start, 2_000_000_000L + 200_000L * input.length, () -> "parse of " + input.length + " bytes");
        String decoded = new String(input, StandardCharsets.UTF_8);
        int length = decoded.startsWith("\uFEFF") ? decoded.length() - 1 : decoded.length();
        checkSpans(d, length);
        try (DigestParser.PaperStream s = PARSER.stream(new ByteArrayInputStream(input))) {
            List<Paper> streamed = s.papers().toList();
            if (!streamed.equals(d.papers())) {
                throw new AssertionError("streaming differs from parsing");
            }
        }
    }

    @FuzzTest(maxDuration = "10m")
    void parseString(FuzzedDataProvider data) {
        String input = data.consumeRemainingAsString();
        Digest d = PARSER.parse(input);
        int length = input.startsWith("\uFEFF") ? input.length() - 1 : input.length();
        checkSpans(d, length);
        if (!d.equals(PARSER.parse(input))) {
            throw new AssertionError("parsing is not deterministic");
        }
        DigestWriter.canonical().write(d); // writing any parsed digest must not throw
    }

    @FuzzTest(maxDuration = "10m")
    void writerRoundTrip(FuzzedDataProvider data) {
        Digest model = RoundTripDigests.build(data);
        // the original bytes come from the upstream template, independent of the library writer
        String original = UpstreamTemplate.render(model);
        String written = DigestWriter.canonical().write(model);
        if (!original.equals(written)) {
            throw new AssertionError("the model written differs from the template:\n" + original + "\n----\n" + written);
        }
        Digest parsed = PARSER.parse(original);
        String again = DigestWriter.canonical().write(parsed);
        if (!original.equals(again)) {
            throw new AssertionError("parsed and written back differs from the original:\n" + original + "\n----\n" + again);
        }
    }

    static void checkSpans(Digest d, long length) {
        List<SourceSpan> spans = new ArrayList<>();
        for (TocEntry t : d.toc()) {
            spans.add(t.span());
        }
        for (Category c : d.categories()) {
            spans.add(c.span());
            for (Paper p : c.papers()) {
                spans.add(p.span());
                p.details().ifPresent(x -> spans.add(x.span()));
                for (Section s : p.allSections()) {
                    spans.add(s.span());
                }
            }
        }
        for (SourceSpan s : spans) {
            if (s.startOffset() < 0 || s.endOffset() < s.startOffset() || s.endOffset() > length) {
                throw new AssertionError("span " + s + " [" + s.startOffset() + "," + s.endOffset()
                        + ") outside input of length " + length);
            }
        }
    }
}
