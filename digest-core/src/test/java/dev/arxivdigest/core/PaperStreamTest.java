package dev.arxivdigest.core;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link PaperStream}: each streamed paper with its category; one iteration; strict mode. */
class PaperStreamTest {

    private static final String DIGEST = """
            ### [1] [Before any heading](https://arxiv.org/abs/2501.00001)
            *A*

            <div id='cs.LG'></div>

            # cs.LG [[Back]](#toc)

            ### [2] [In LG](https://arxiv.org/abs/2501.00002)
            *B*

            <div id='cs.AI'></div>

            ### [3] [Anchor only](https://arxiv.org/abs/2501.00003)
            *C*
            """;

    private static PaperStream open(DigestParser parser, String text) {
        return parser.stream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eachPaperComesWithItsCategory() throws IOException {
        try (PaperStream s = open(DigestParser.builder().build(), DIGEST)) {
            List<PaperStream.InCategory> all = s.inCategories().toList();
            assertEquals(List.of("Before any heading", "In LG", "Anchor only"),
                    all.stream().map(p -> p.paper().title()).toList());
            assertEquals(List.of("", "cs.LG", "cs.AI"), all.stream().map(PaperStream.InCategory::category).toList());
            assertEquals(List.of("", "cs.LG", "cs.AI"), all.stream().map(PaperStream.InCategory::anchor).toList());
        }
    }

    @Test
    void theStreamIsIteratedOnceWhicheverViewIsUsed() throws IOException {
        try (PaperStream s = open(DigestParser.builder().build(), DIGEST)) {
            assertEquals(3, s.papers().count());
            assertThrows(IllegalStateException.class, s::inCategories);
            assertThrows(IllegalStateException.class, s::iterator);
        }
    }

    @Test
    void theNestedNameStillWorks() throws IOException {
        try (DigestParser.PaperStream s = DigestParser.builder().build()
                .stream(new ByteArrayInputStream(DIGEST.getBytes(StandardCharsets.UTF_8)))) {
            int n = 0;
            for (var p : s) {
                n++;
            }
            assertEquals(3, n);
            assertTrue(s.digest().problems().stream().anyMatch(p -> p.code().equals("paper-outside-category")));
        }
    }

    @Test
    void strictStreamingThrowsLikeStrictParsing() {
        DigestParser strict = DigestParser.builder().strict(true).build();
        assertThrows(DigestException.class, () -> strict.parse(DIGEST));
        assertThrows(DigestException.class, () -> {
            try (PaperStream s = open(strict, DIGEST)) {
                s.papers().forEach(p -> { });
            }
        });
    }
}
