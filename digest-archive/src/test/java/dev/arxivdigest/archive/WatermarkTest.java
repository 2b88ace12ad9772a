package dev.arxivdigest.archive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Watermark}: the short string, read back, and clear errors for bad strings. */
class WatermarkTest {

    @Test
    void writesSourcesSortedAndReadsThemBack() {
        Watermark w = new Watermark(Map.of("upstream", LocalDate.of(2026, 3, 10), "fork a,b=c", LocalDate.of(2026, 3, 9)));
        assertEquals("wm1:fork+a%2Cb%3Dc=2026-03-09,upstream=2026-03-10", w.toString());
        assertEquals(w, Watermark.parse(w.toString()));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 9)), Watermark.parse(w.toString()).day("fork a,b=c"));
        assertEquals("wm1:", Watermark.EMPTY.toString());
        assertEquals(Watermark.EMPTY, Watermark.parse("wm1:"));
        assertEquals(Watermark.EMPTY, Watermark.parse("  wm1:\n"));
    }

    @Test
    void coversAndAdvances() {
        Watermark w = Watermark.EMPTY.advance("u", LocalDate.of(2026, 1, 2));
        assertTrue(w.covers("u", LocalDate.of(2026, 1, 2)));
        assertTrue(w.covers("u", LocalDate.of(2025, 12, 31)));
        assertFalse(w.covers("u", LocalDate.of(2026, 1, 3)));
        assertFalse(w.covers("other", LocalDate.of(2000, 1, 1)));
        assertEquals(w, w.advance("u", LocalDate.of(2026, 1, 1)), "never moves back");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "upstream=2026-03-10", "wm2:upstream=2026-03-10", "wm1:upstream", "wm1:=2026-03-10",
        "wm1:upstream=2026-13-01", "wm1:upstream=yesterday", "wm1:a=2026-01-01,", "wm1:a=2026-01-01,a=2026-01-02", "wm1:%zz=2026-01-01"})
    void aBadStringIsAClearError(String bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Watermark.parse(bad));
        assertTrue(e.getMessage().contains("watermark"), e.getMessage());
    }
}
