package dev.arxivdigest.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arxivdigest.archive.DayFileName.Kind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The choice among one day's files, shared by the archive's listing and the Spark reader. */
class DayFileChoiceTest {

    @Test
    void nothingOfferedChoosesNothing() {
        DayFileChoice<String> c = new DayFileChoice<>();
        assertEquals(Optional.empty(), c.markdown());
        assertEquals(Optional.empty(), c.records());
    }

    @Test
    void theFirstMarkdownIsReadAndASecondIsADuplicateOfIt() {
        DayFileChoice<String> c = new DayFileChoice<>();
        assertEquals(Optional.empty(), c.offer("a/2025-01-02.md", Kind.MARKDOWN));
        assertEquals(Optional.of("a/2025-01-02.md"), c.offer("b/2025-01-02.md", Kind.MARKDOWN));
        assertEquals(Optional.of("a/2025-01-02.md"), c.markdown());
        assertEquals(Optional.empty(), c.records());
    }

    @Test
    void aBetterKindOfRecordsReplacesALesserOneWithoutAProblem() {
        DayFileChoice<String> c = new DayFileChoice<>();
        assertEquals(Optional.empty(), c.offer("2025-01-02.jsonl", Kind.RAW_RECORDS));
        assertEquals(Optional.empty(), c.offer("2025-01-02.source.jsonl", Kind.SOURCE_RECORDS));
        assertEquals(Optional.empty(), c.offer("2025-01-02_AI_enhanced_English.jsonl", Kind.ENHANCED_RECORDS));
        assertEquals(Optional.of("2025-01-02_AI_enhanced_English.jsonl"), c.records());
    }

    @Test
    void aLesserKindAfterABetterOneIsLeftOutWithoutAProblem() {
        DayFileChoice<String> c = new DayFileChoice<>();
        assertEquals(Optional.empty(), c.offer("2025-01-02_AI_enhanced_English.jsonl", Kind.ENHANCED_RECORDS));
        assertEquals(Optional.empty(), c.offer("2025-01-02.jsonl", Kind.RAW_RECORDS));
        assertEquals(Optional.of("2025-01-02_AI_enhanced_English.jsonl"), c.records());
    }

    @Test
    void aSecondRecordsFileOfTheSameRankIsADuplicateOfTheFirst() {
        DayFileChoice<String> c = new DayFileChoice<>();
        assertEquals(Optional.empty(), c.offer("2025-01-02_AI_enhanced_Chinese.jsonl", Kind.ENHANCED_RECORDS));
        assertEquals(Optional.of("2025-01-02_AI_enhanced_Chinese.jsonl"),
                c.offer("2025-01-02_AI_enhanced_English.jsonl", Kind.ENHANCED_RECORDS));
        assertEquals(Optional.of("2025-01-02_AI_enhanced_Chinese.jsonl"), c.records());
    }

    @Test
    void markdownAndRecordsAreChosenApart() {
        DayFileChoice<String> c = new DayFileChoice<>();
        assertEquals(Optional.empty(), c.offer("2025-01-02.source.jsonl", Kind.SOURCE_RECORDS));
        assertEquals(Optional.empty(), c.offer("2025-01-02.md", Kind.MARKDOWN));
        assertEquals(Optional.of("2025-01-02.md"), c.markdown());
        assertEquals(Optional.of("2025-01-02.source.jsonl"), c.records());
    }
}
