package dev.arxivdigest.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The canonical writer against original bytes: a canonical digest written back after parsing is
 * the original, byte for byte (the upstream days of the corpus are checked the same way in
 * {@link UpstreamConformanceTest}).
 */
class WriterBytesTest {

    private static final DigestParser PARSER = DigestParser.builder().build();

    private static void assertRoundTrip(String original) {
        assertEquals(original, DigestWriter.canonical().write(PARSER.parse(original)));
    }

    @Test
    void onePaperDigestIsWrittenBackAsItWas() {
        assertRoundTrip(ProblemPositionsTest.ONE);
    }

    @Test
    void threePaperDigestIsWrittenBackAsItWas() {
        assertRoundTrip(ProblemPositionsTest.THREE);
    }

    @Test
    void bundledSampleIsWrittenBackAsItWas() throws IOException {
        try (InputStream in = WriterBytesTest.class.getResourceAsStream("/sample.md")) {
            assertNotNull(in, "sample.md in test resources");
            assertRoundTrip(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
