package dev.arxivdigest.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Paper#categories()} and {@link Paper#mainCategory()} read from the main-category section. */
class PaperCategoriesTest {

    private static Paper paper(Section... sections) {
        return new Paper(Optional.of("1"), "T", "https://arxiv.org/abs/2509.00001", Optional.empty(), List.of(),
                List.of(sections), Optional.empty(), Attributes.EMPTY, SourceSpan.EMPTY, List.of());
    }

    private static Section category(String text, List<String> items) {
        return new Section("Categories", Optional.of(Field.MAIN_CATEGORY), text, items, SourceSpan.EMPTY);
    }

    @Test
    void aLineOfSeveralCategoriesGivesThemAllMainFirst() {
        Paper p = paper(category("math.NA, cs.NA, 65R20", List.of("math.NA", "cs.NA", "65R20")));
        assertEquals(List.of("math.NA", "cs.NA", "65R20"), p.categories());
        assertEquals(Optional.of("math.NA"), p.mainCategory());
        assertEquals(Optional.of("math.NA, cs.NA, 65R20"), p.text(Field.MAIN_CATEGORY));
    }

    @Test
    void aLineOfOneCategoryGivesIt() {
        Paper p = paper(category(" cs.CL ", List.of()));
        assertEquals(List.of("cs.CL"), p.categories());
        assertEquals(Optional.of("cs.CL"), p.mainCategory());
    }

    @Test
    void noLineOrABlankOneGivesNone() {
        assertEquals(List.of(), paper().categories());
        assertEquals(Optional.empty(), paper().mainCategory());
        Paper blank = paper(category("  ", List.of()));
        assertEquals(List.of(), blank.categories());
        assertEquals(Optional.of("  "), blank.mainCategory(), "a blank line stays as written");
    }

    @Test
    void anotherListSectionIsNotACategoryLine() {
        Section tags = new Section("Tags", Optional.empty(), "a, b", List.of("a", "b"), SourceSpan.EMPTY);
        assertEquals(List.of(), paper(tags).categories());
    }
}
