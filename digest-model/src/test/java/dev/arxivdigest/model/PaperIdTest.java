package dev.arxivdigest.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link PaperId}: every link shape a digest shows, the kind and value read from it, equality that
 * ignores arXiv versions and DOI case, and {@link Paper#id()}.
 */
class PaperIdTest {

    private static PaperId link(String url) {
        return PaperId.fromLink(url).orElseThrow(() -> new AssertionError("no id: " + url));
    }

    @ParameterizedTest
    @CsvSource({
        "https://arxiv.org/abs/2512.21349, 2512.21349",
        "https://arxiv.org/abs/2512.21349v3, 2512.21349",
        "http://arxiv.org/pdf/2512.21349v2.pdf, 2512.21349",
        "https://arxiv.org/pdf/2512.21349, 2512.21349",
        "https://arxiv.org/html/2512.21349v1, 2512.21349",
        "https://export.arxiv.org/abs/0704.0001, 0704.0001",
        "https://arxiv.org/abs/hep-th/9901001, hep-th/9901001",
        "https://arxiv.org/abs/hep-th/9901001v2, hep-th/9901001",
        "https://arxiv.org/abs/math.GT/0309136, math.GT/0309136",
        "https://doi.org/10.48550/arXiv.2512.21349, 2512.21349",
        "https://doi.org/10.48550/ARXIV.2512.21349v2, 2512.21349",
        "https://huggingface.co/papers/2512.21349, 2512.21349",
    })
    void arxivLinksGiveTheArxivIdWithoutVersion(String url, String expected) {
        PaperId id = link(url);
        assertEquals(PaperId.Kind.ARXIV, id.kind());
        assertEquals(expected, id.value());
        assertEquals(expected, id.toString());
        assertTrue(id.isArxiv());
        assertEquals(Optional.empty(), id.doi());
    }

    @Test
    void theArxivViewKeepsTheVersion() {
        PaperId id = link("https://arxiv.org/abs/2512.21349v3");
        assertEquals(OptionalInt.of(3), id.arxivId().orElseThrow().version());
    }

    @ParameterizedTest
    @CsvSource({
        "https://doi.org/10.1103/hxzf-nmpx, 10.1103/hxzf-nmpx",
        "http://dx.doi.org/10.1103/PhysRevLett.134.010001, 10.1103/physrevlett.134.010001",
        "https://link.aps.org/doi/10.1103/hxzf-nmpx, 10.1103/hxzf-nmpx",
        "https://dl.acm.org/doi/10.1145/3580305.3599256, 10.1145/3580305.3599256",
        "https://onlinelibrary.wiley.com/doi/full/10.1002/adma.202400001, 10.1002/adma.202400001",
        "https://onlinelibrary.wiley.com/doi/abs/10.1002/adma.202400001?af=R, 10.1002/adma.202400001",
        "https://pubs.acs.org/doi/pdf/10.1021/jacs.5b00001, 10.1021/jacs.5b00001",
        "https://doi.org/10.1109%2FTPAMI.2024.1, 10.1109/tpami.2024.1",
        "https://doi.org/10.1007/978-3-031-1_2/, 10.1007/978-3-031-1_2",
        "https://www.doi.org/10.1038/s41586-024-00001-1#ref, 10.1038/s41586-024-00001-1",
    })
    void doiLinksGiveTheDoiInLowerCase(String url, String expected) {
        PaperId id = link(url);
        assertEquals(PaperId.Kind.DOI, id.kind());
        assertEquals(expected, id.value());
        assertEquals(Optional.of(expected), id.doi());
        assertEquals(Optional.empty(), id.arxivId());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://openalex.org/W4391234567",
        "https://journals.aps.org/prl/abstract/10.1103/hxzf-nmpx",
        "https://example.org/paper/42",
        "https://doi.org/not-a-doi",
        "https://example.org/doi/11.1234/x",
        "ftp://doi.org/10.1103/x",
    })
    void otherLinksAreTheirOwnIdentifier(String url) {
        PaperId id = link(url);
        assertEquals(PaperId.Kind.LINK, id.kind());
        assertEquals(url, id.value());
    }

    @Test
    void aLinkIsStripped() {
        assertEquals("https://openalex.org/W1", link("  https://openalex.org/W1 \n").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void aBlankLinkHasNoIdentifier(String blank) {
        assertEquals(Optional.empty(), PaperId.fromLink(blank));
        assertEquals(Optional.empty(), PaperId.parse(blank));
    }

    @ParameterizedTest
    @CsvSource({
        "2512.21349, ARXIV, 2512.21349",
        "2512.21349v2, ARXIV, 2512.21349",
        "arXiv:2512.21349, ARXIV, 2512.21349",
        "hep-th/9901001, ARXIV, hep-th/9901001",
        "10.1103/HXZF-nmpx, DOI, 10.1103/hxzf-nmpx",
        "doi:10.1103/hxzf-nmpx, DOI, 10.1103/hxzf-nmpx",
        "10.48550/arXiv.2512.21349, ARXIV, 2512.21349",
        "https://arxiv.org/abs/2512.21349, ARXIV, 2512.21349",
        "https://link.aps.org/doi/10.1103/x1, DOI, 10.1103/x1",
        "W4391234567, LINK, W4391234567",
    })
    void parseReadsBareIdentifiersAsRecordsWriteThem(String text, PaperId.Kind kind, String value) {
        PaperId id = PaperId.parse(text).orElseThrow();
        assertEquals(kind, id.kind());
        assertEquals(value, id.value());
    }

    @Test
    void equalityIgnoresTheArxivVersionAndTheDoiCase() {
        assertEquals(link("https://arxiv.org/abs/2512.21349v1"), link("https://arxiv.org/pdf/2512.21349v4"));
        assertEquals(link("https://arxiv.org/abs/2512.21349v1").hashCode(), link("https://arxiv.org/pdf/2512.21349v4").hashCode());
        assertEquals(link("https://doi.org/10.48550/arXiv.2512.21349"), PaperId.parse("2512.21349").orElseThrow());
        assertEquals(link("https://doi.org/10.1103/ABC"), link("https://link.aps.org/doi/10.1103/abc"));
        assertNotEquals(link("https://arxiv.org/abs/2512.21349"), link("https://arxiv.org/abs/2512.21350"));
        assertNotEquals(link("https://example.org/a"), link("https://example.org/A"));
    }

    @Test
    void constructorRejectsInconsistentComponents() {
        ArxivId a = ArxivId.parse("2512.21349").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> new PaperId(PaperId.Kind.DOI, "10.1/x", Optional.of(a)));
        assertThrows(IllegalArgumentException.class, () -> new PaperId(PaperId.Kind.ARXIV, "2512.21349", Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new PaperId(PaperId.Kind.ARXIV, "2512.21350", Optional.of(a)));
        assertThrows(IllegalArgumentException.class, () -> new PaperId(PaperId.Kind.LINK, " ", Optional.empty()));
        assertThrows(NullPointerException.class, () -> new PaperId(null, "x", Optional.empty()));
    }

    private static Paper paper(String link, Optional<ArxivId> arxivId) {
        return new Paper(Optional.of("1"), "T", link, arxivId, List.of(), List.of(), Optional.empty(),
                Attributes.EMPTY, SourceSpan.EMPTY, List.of());
    }

    @Test
    void paperIdPrefersTheArxivIdThenTheLink() {
        ArxivId a = ArxivId.parse("2512.21349v2").orElseThrow();
        assertEquals(Optional.of(PaperId.of(a)), paper("https://example.org/x", Optional.of(a)).id());
        assertEquals("10.1103/hxzf-nmpx",
                paper("https://link.aps.org/doi/10.1103/hxzf-nmpx", Optional.empty()).id().orElseThrow().value());
        assertEquals(PaperId.Kind.LINK, paper("https://openalex.org/W1", Optional.empty()).id().orElseThrow().kind());
        assertEquals(Optional.empty(), paper("", Optional.empty()).id());
    }

    @Test
    void aHugeLinkIsReadInOnePass() {
        String url = "https://example.org/doi/10.1/" + "%41".repeat(200_000);
        PaperId id = link(url);
        assertEquals(PaperId.Kind.DOI, id.kind());
        assertEquals(5 + 200_000, id.value().length());
        assertFalse(id.value().contains("%"));
    }
}
