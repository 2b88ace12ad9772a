package dev.arxivdigest.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ArxivId}: parsing of new- and old-style identifiers with and without version, extraction
 * from abstract and PDF links, rejection of malformed input, links, and equality that ignores the
 * version.
 */
class ArxivIdTest {

    private static ArxivId parsed(String text) {
        return ArxivId.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
    }

    private static ArxivId fromUrl(String url) {
        return ArxivId.fromUrl(url).orElseThrow(() -> new AssertionError("not extracted: " + url));
    }

    // ---------------------------------------------------------------- parse

    @Test
    void parsesNewStyleWithFourDigitNumber() {
        ArxivId a = parsed("0704.0001");
        assertEquals("0704.0001", a.id());
        assertEquals(OptionalInt.empty(), a.version());
        assertFalse(a.isOldStyle());
    }

    @Test
    void parsesNewStyleWithFiveDigitNumber() {
        ArxivId a = parsed("2512.21349");
        assertEquals("2512.21349", a.id());
        assertEquals(OptionalInt.empty(), a.version());
        assertFalse(a.isOldStyle());
    }

    @ParameterizedTest
    @CsvSource({
        "2512.21349v2,   2512.21349,      2",
        "2512.21349v12,  2512.21349,      12",
        "0704.0001v1,    0704.0001,       1",
        "hep-th/9901001v3, hep-th/9901001, 3",
        "math.GT/0309136v10, math.GT/0309136, 10",
        "2512.21349v99999, 2512.21349,    99999"
    })
    void parsesTheVersionApartFromTheId(String text, String id, int version) {
        ArxivId a = parsed(text);
        assertEquals(id, a.id());
        assertEquals(OptionalInt.of(version), a.version());
        assertEquals(text, a.toString());
    }

    @Test
    void parsesOldStyleWithoutSubjectClass() {
        ArxivId a = parsed("hep-th/9901001");
        assertEquals("hep-th/9901001", a.id());
        assertEquals(OptionalInt.empty(), a.version());
        assertTrue(a.isOldStyle());
    }

    @Test
    void parsesOldStyleWithSubjectClass() {
        ArxivId a = parsed("math.GT/0309136");
        assertEquals("math.GT/0309136", a.id());
        assertTrue(a.isOldStyle());
    }

    @Test
    void parsesOldStyleSingleWordArchive() {
        ArxivId a = parsed("cs/0112017");
        assertEquals("cs/0112017", a.id());
        assertTrue(a.isOldStyle());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        " ",
        "garbage",
        "2512",
        "2512.",
        "2512.213",
        "2512.213490",
        "251.21349",
        "25120.21349",
        "2512-21349",
        "2512.21349v",
        "2512.21349v0",
        "2512.21349v00",
        "2512.21349vx",
        "2512.21349v2a",
        "2512.21349V2",
        "2512.21349v100000",
        "2512.21349.pdf",
        " 2512.21349",
        "2512.21349 ",
        "hep-th/990100",
        "hep-th/99010011",
        "hep-th9901001",
        "hep-th/",
        "/9901001",
        "HEP-TH/9901001",
        "math.G/0309136",
        "math.GTX/0309136",
        "math.gt/0309136",
        "hep-th/9901001v",
        "arXiv:2512.21349",
        "https://arxiv.org/abs/2512.21349"
    })
    void rejectsMalformedIdentifiers(String text) {
        assertEquals(Optional.empty(), ArxivId.parse(text), text);
    }

    @Test
    void parseRejectsNull() {
        assertThrows(NullPointerException.class, () -> ArxivId.parse(null));
    }

    // ---------------------------------------------------------------- fromUrl

    @ParameterizedTest
    @CsvSource({
        "https://arxiv.org/abs/2512.21349,              2512.21349",
        "http://arxiv.org/abs/2512.21349,               2512.21349",
        "https://www.arxiv.org/abs/2512.21349,          2512.21349",
        "http://export.arxiv.org/abs/2512.21349,        2512.21349",
        "https://arxiv.org/abs/2512.21349v2,            2512.21349v2",
        "https://arxiv.org/abs/0704.0001,               0704.0001",
        "https://arxiv.org/pdf/2512.21349,              2512.21349",
        "https://arxiv.org/pdf/2512.21349v12,           2512.21349v12",
        "https://arxiv.org/pdf/2512.21349.pdf,          2512.21349",
        "https://arxiv.org/pdf/2512.21349v2.pdf,        2512.21349v2",
        "http://arxiv.org/abs/hep-th/9901001,           hep-th/9901001",
        "http://arxiv.org/pdf/hep-th/9901001.pdf,       hep-th/9901001",
        "https://arxiv.org/pdf/hep-th/9901001v3,        hep-th/9901001v3",
        "https://arxiv.org/abs/math.GT/0309136,         math.GT/0309136",
        "https://arxiv.org/abs/2512.21349/,             2512.21349",
        "https://arxiv.org/abs/2512.21349v2/,           2512.21349v2",
        "https://arxiv.org/html/2512.21349v1,           2512.21349v1",
        "https://doi.org/10.48550/arXiv.2512.21349,     2512.21349",
        "https://www.alphaxiv.org/abs/2512.21349,       2512.21349",
        "https://huggingface.co/papers/2512.21349,      2512.21349",
        "https://papers.cool/arxiv/2512.21349,          2512.21349"
    })
    void extractsTheIdentifierFromAbstractAndPdfLinks(String url, String expected) {
        assertEquals(expected, fromUrl(url).toString());
    }

    @Test
    void extractedIdentifierSeparatesIdAndVersion() {
        ArxivId a = fromUrl("https://arxiv.org/pdf/2512.21349v2.pdf");
        assertEquals("2512.21349", a.id());
        assertEquals(OptionalInt.of(2), a.version());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "2512.21349",
        "https://doi.org/10.1000/182",
        "https://doi.org/10.48550/arXiv.",
        "https://huggingface.co/models/2512.21349",
        "https://notarxiv.org/abs/2512.21349",
        "https://example.com/abs/2512.21349",
        "https://arxiv.org/",
        "https://arxiv.org/abs/",
        "https://arxiv.org/pdf/",
        "https://arxiv.org/pdf/.pdf",
        "https://arxiv.org/list/cs.LG/recent",
        "https://arxiv.org/abs/2512.213",
        "https://arxiv.org/abs/2512.21349v",
        "https://arxiv.org/abs/not-an-id",
        "https://arxiv.org/abs/2512.21349/extra"
    })
    void rejectsLinksThatAreNotArxivAbstractOrPdfLinks(String url) {
        assertEquals(Optional.empty(), ArxivId.fromUrl(url), url);
    }

    @Test
    void fromUrlRejectsNull() {
        assertThrows(NullPointerException.class, () -> ArxivId.fromUrl(null));
    }

    @Test
    void extractsTheIdentifierFromAnAbstractLinkWithQueryString() {
        assertEquals(Optional.of("2512.21349"),
                ArxivId.fromUrl("https://arxiv.org/abs/2512.21349?context=cs.LG").map(ArxivId::toString));
        assertEquals(Optional.of("2512.21349v2"),
                ArxivId.fromUrl("https://arxiv.org/pdf/2512.21349v2.pdf?download=1").map(ArxivId::toString));
    }

    @Test
    void extractsTheIdentifierFromAnAbstractLinkWithFragment() {
        assertEquals(Optional.of("2512.21349v2"),
                ArxivId.fromUrl("https://arxiv.org/abs/2512.21349v2#S3").map(ArxivId::toString));
    }

    @Test
    void rejectsLinksOnOtherHostsThatMerelyContainArxivOrg() {
        assertEquals(Optional.empty(), ArxivId.fromUrl("https://notarxiv.org/abs/2512.21349"));
        assertEquals(Optional.empty(), ArxivId.fromUrl("https://example.com/mirror/arxiv.org/abs/2512.21349"));
    }

    @Test
    void acceptsTheHostInAnyCase() {
        assertEquals(Optional.of("2512.21349"),
                ArxivId.fromUrl("https://arXiv.org/abs/2512.21349").map(ArxivId::toString));
    }

    // ---------------------------------------------------------------- constructor

    @Test
    void constructorAcceptsAnIdWithoutVersion() {
        ArxivId a = new ArxivId("hep-th/9901001", OptionalInt.of(4));
        assertEquals("hep-th/9901001v4", a.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nope", "2512.21349v2", "2512.213", "hep-th/990100", " 2512.21349"})
    void constructorRejectsAnythingButAnIdWithoutVersion(String id) {
        assertThrows(IllegalArgumentException.class, () -> new ArxivId(id, OptionalInt.empty()));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void constructorRejectsVersionsBelowOne(int version) {
        assertThrows(IllegalArgumentException.class, () -> new ArxivId("2512.21349", OptionalInt.of(version)));
    }

    @Test
    void constructorRejectsNullComponents() {
        assertThrows(NullPointerException.class, () -> new ArxivId(null, OptionalInt.empty()));
        assertThrows(NullPointerException.class, () -> new ArxivId("2512.21349", null));
    }

    // ---------------------------------------------------------------- links and text

    @Test
    void linksCarryTheVersionWhenPresent() {
        ArxivId a = parsed("2512.21349v2");
        assertEquals("https://arxiv.org/abs/2512.21349v2", a.absUrl());
        assertEquals("https://arxiv.org/pdf/2512.21349v2", a.pdfUrl());
    }

    @Test
    void linksOmitTheVersionWhenAbsent() {
        ArxivId a = parsed("2512.21349");
        assertEquals("https://arxiv.org/abs/2512.21349", a.absUrl());
        assertEquals("https://arxiv.org/pdf/2512.21349", a.pdfUrl());
    }

    @Test
    void linksForOldStyleIdsKeepTheArchive() {
        ArxivId a = parsed("math.GT/0309136v1");
        assertEquals("https://arxiv.org/abs/math.GT/0309136v1", a.absUrl());
        assertEquals("https://arxiv.org/pdf/math.GT/0309136v1", a.pdfUrl());
    }

    @Test
    void linksRoundTripThroughFromUrl() {
        for (String text : new String[] {"2512.21349", "2512.21349v7", "hep-th/9901001", "math.GT/0309136v2"}) {
            ArxivId a = parsed(text);
            ArxivId fromAbs = fromUrl(a.absUrl());
            ArxivId fromPdf = fromUrl(a.pdfUrl());
            assertEquals(a.id(), fromAbs.id(), text);
            assertEquals(a.version(), fromAbs.version(), text);
            assertEquals(a.id(), fromPdf.id(), text);
            assertEquals(a.version(), fromPdf.version(), text);
        }
    }

    @Test
    void toStringIsTheIdAndTheVersion() {
        assertEquals("2512.21349", parsed("2512.21349").toString());
        assertEquals("2512.21349v3", new ArxivId("2512.21349", OptionalInt.of(3)).toString());
        assertEquals("hep-th/9901001", parsed("hep-th/9901001").toString());
    }

    // ---------------------------------------------------------------- equality

    @Test
    void equalityIgnoresTheVersion() {
        ArxivId v2 = parsed("2512.21349v2");
        ArxivId bare = parsed("2512.21349");
        ArxivId v3 = parsed("2512.21349v3");
        assertEquals(v2, bare);
        assertEquals(bare, v2);
        assertEquals(v2, v3);
        assertEquals(v2.hashCode(), bare.hashCode());
        assertEquals(v2.hashCode(), v3.hashCode());
        assertNotEquals(v2.version(), v3.version(), "the version is still there to compare");
    }

    @Test
    void equalityIgnoresTheVersionForOldStyleIds() {
        assertEquals(parsed("hep-th/9901001v1"), parsed("hep-th/9901001"));
        assertEquals(parsed("hep-th/9901001v1").hashCode(), parsed("hep-th/9901001").hashCode());
    }

    @Test
    void differentPapersAreNotEqual() {
        assertNotEquals(parsed("2512.21349"), parsed("2512.21348"));
        assertNotEquals(parsed("hep-th/9901001"), parsed("hep-ph/9901001"));
        assertNotEquals(parsed("0704.0001"), parsed("0704.00010"));
        assertNotEquals(parsed("2512.21349"), "2512.21349");
        assertNotEquals(parsed("2512.21349"), null);
    }
}
