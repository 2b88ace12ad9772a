package dev.arxivdigest.core.internal;

import dev.arxivdigest.model.Field;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dialect vocabulary: its word lists, and its extension by label aliases. */
class VocabularyTest {

    private final Vocabulary v = Vocabulary.defaults();

    @Test
    void labelAliasesMapEveryLanguageToItsField() {
        assertEquals(Optional.of(Field.TLDR), v.labels().lookup("TL;DR"));
        assertEquals(Optional.of(Field.TLDR), v.labels().lookup("**AI概要**"));
        assertEquals(Optional.of(Field.METHOD), v.labels().lookup("研究方法"));
        assertEquals(Optional.of(Field.ABSTRACT), v.labels().lookup("원문 초록"));
        assertEquals(Optional.of(Field.MOTIVATION), v.labels().lookup("🎯 动机 (Motivation)"));
        assertEquals(Optional.empty(), v.labels().lookup("Keywords"));
        assertEquals(Field.RESULT, Vocabulary.defaultAliases().get("findings"));
    }

    @Test
    void addedAliasesWinAndLeaveTheDefaultsAlone() {
        Vocabulary extended = Vocabulary.withLabelAliases(Map.of("研究背景", Field.MOTIVATION, "Method", Field.RESULT));
        assertEquals(Optional.of(Field.MOTIVATION), extended.labels().lookup("研究背景"));
        assertEquals(Optional.of(Field.RESULT), extended.labels().lookup("Method"));
        assertEquals(Optional.empty(), v.labels().lookup("研究背景"));
        assertEquals(Optional.of(Field.METHOD), v.labels().lookup("Method"));
        assertSame(v, Vocabulary.withLabelAliases(Map.of()));
    }

    @Test
    void wellKnownLabelsAreTheExtractorsOnesAndAFewMore() {
        assertTrue(v.isWellKnownLabel("Keywords"));
        assertTrue(v.isWellKnownLabel("Relevance"));
        assertTrue(v.isWellKnownLabel("Limitations"));
        assertTrue(v.isWellKnownLabel("局限性 (Limitations)"));
        assertFalse(v.isWellKnownLabel("Note"));
        assertFalse(v.isWellKnownLabel("TL;DR"));
    }

    @Test
    void tocTitlesAuthorLabelsAndArchives() {
        assertTrue(v.isTocTitle("Table of Contents"));
        assertTrue(v.isTocTitle("📚 目录"));
        assertFalse(v.isTocTitle("cs.CV"));
        assertTrue(v.isAuthorsLabel("Authors"));
        assertTrue(v.isAuthorsLabel("作者"));
        assertFalse(v.isAuthorsLabel("Affiliations"));
        assertTrue(v.isArxivCategory("cs.CV"));
        assertTrue(v.isArxivCategory("hep-th"));
        assertTrue(v.isArxivCategory("cond-mat.mes-hall"));
        assertFalse(v.isArxivCategory("cs."));
        assertFalse(v.isArxivCategory("cs.CV 2025"));
        assertFalse(v.isArxivCategory("2025-07-08"));
    }
}
