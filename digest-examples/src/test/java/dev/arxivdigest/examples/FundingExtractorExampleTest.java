package dev.arxivdigest.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.core.SectionExtractor;
import dev.arxivdigest.examples.FundingExtractorExample.Funding;
import dev.arxivdigest.examples.FundingExtractorExample.FundingExtractor;
import dev.arxivdigest.model.Digest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FundingExtractorExampleTest {

    private static List<String> runMain() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            FundingExtractorExample.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void mainPrintsFundingAndTheFailureOfTheCarelessExtractor() {
        List<String> lines = runMain();
        assertEquals(List.of(
                "Funding, read by FundingExtractor:",
                "  2512.20001  Funding[agency=NSF, grant=2145678]",
                "  2512.20002  Funding[agency=NSFC, grant=62276123]",
                "  2512.20003  (none)",
                "  problems: 1"), lines.subList(0, 5), String.join("\n", lines));
        assertTrue(lines.get(5).matches("  \\d+:1: warning: funding-unreadable: .*ERC Starting Grant"), lines.get(5));
        // The extractor that throws on the third paper: the first two still get their value.
        assertEquals(List.of(
                "Grant numbers, read by GrantNumberExtractor:",
                "  2512.20001  2145678",
                "  2512.20002  62276123",
                "  2512.20003  (none)",
                "  problems: 1"), lines.subList(6, 11), String.join("\n", lines));
        String failure = lines.get(11);
        assertTrue(failure.matches("  \\d+:1: error: extractor-failed: extractor "
                + "dev\\.arxivdigest\\.examples\\.FundingExtractorExample\\$GrantNumberExtractor failed on 'Funding': "
                + ".*NumberFormatException.*"), failure);
        assertEquals(12, lines.size(), String.join("\n", lines));
    }

    @Test
    void serviceLoaderFindsTheExtractorAndPutsItBeforeTheBuiltIns() {
        DigestParser parser = DigestParser.builder().discoverExtractors(getClass().getClassLoader()).build();
        List<SectionExtractor<?>> extractors = parser.extractors();
        List<SectionExtractor<?>> builtIns = DigestParser.builder().build().extractors();
        assertTrue(!builtIns.isEmpty());
        assertInstanceOf(FundingExtractor.class, extractors.get(0), extractors.toString());
        assertEquals(builtIns.size() + 1, extractors.size(), extractors.toString());
        assertEquals(builtIns.stream().map(x -> x.key().name()).toList(),
                extractors.subList(1, extractors.size()).stream().map(x -> x.key().name()).toList());

        Digest digest = parser.parse(FundingExtractorExample.DIGEST);
        assertEquals(Optional.of(new Funding("NSF", "2145678")),
                digest.papers().get(0).get(FundingExtractorExample.FUNDING_KEY));
        assertEquals(Optional.of(new Funding("NSFC", "62276123")),
                digest.papers().get(1).get(FundingExtractorExample.FUNDING_KEY));
        // The value of a section inside the details block is stored on the details block.
        assertTrue(digest.papers().get(0).details().orElseThrow().get(FundingExtractorExample.FUNDING_KEY).isPresent());
        assertEquals(Optional.empty(), digest.papers().get(2).get(FundingExtractorExample.FUNDING_KEY));
    }

    @Test
    void withoutDiscoveryTheFundingSectionStaysPlainText() {
        Digest digest = DigestParser.builder().build().parse(FundingExtractorExample.DIGEST);
        assertEquals(Optional.empty(), digest.papers().get(0).get(FundingExtractorExample.FUNDING_KEY));
        assertEquals("NSF, grant 2145678", digest.papers().get(0).section("Funding").orElseThrow().text());
        // Without an extractor the labels are unknown (an info each); with one they are not.
        assertEquals(List.of("section-unknown-label", "section-unknown-label"),
                digest.problems().stream().map(p -> p.code()).toList());
    }
}
