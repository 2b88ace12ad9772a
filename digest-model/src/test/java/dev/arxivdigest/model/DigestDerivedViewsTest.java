package dev.arxivdigest.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The views a {@link Digest} derives from its categories are made once, with the digest. */
class DigestDerivedViewsTest {

    private static final SourceSpan AT = new SourceSpan(0, 1, 1, 1, 1, 2);

    private static Paper paper(String title) {
        return new Paper(Optional.empty(), title, "", Optional.empty(), List.of(), List.of(), Optional.empty(),
                Attributes.EMPTY, AT, List.of());
    }

    private static Category category(String name, Paper... papers) {
        return new Category(name, name, OptionalInt.empty(), List.of(papers), AT);
    }

    private static Digest digest(List<Category> categories) {
        return new Digest(Optional.empty(), Optional.empty(), List.of(), categories, List.of());
    }

    @Test
    void papersIsTheSameListOnEveryCall() {
        Digest d = digest(List.of(category("a", paper("1"), paper("2")), category("b", paper("3"))));
        assertSame(d.papers(), d.papers());
        assertEquals(List.of("1", "2", "3"), d.papers().stream().map(Paper::title).toList());
        assertThrows(UnsupportedOperationException.class, () -> d.papers().add(paper("4")));
    }

    @Test
    void categoriesEqualAPlainListAndAreACopy() {
        List<Category> given = new ArrayList<>(List.of(category("a", paper("1"))));
        Digest d = digest(given);
        given.add(category("b"));
        assertEquals(List.of(category("a", paper("1"))), d.categories());
        assertEquals(List.of(category("a", paper("1"))).hashCode(), d.categories().hashCode());
        assertEquals("a", d.categories().get(0).name());
        assertThrows(IndexOutOfBoundsException.class, () -> d.categories().get(1));
        assertThrows(UnsupportedOperationException.class, () -> d.categories().add(category("c")));
        assertThrows(UnsupportedOperationException.class, () -> d.categories().remove(0));
    }

    @Test
    void aDigestMadeFromAnotherKeepsItsViews() {
        Digest d = digest(List.of(category("a", paper("1"))));
        Digest copy = new Digest(d.title(), d.date(), d.toc(), d.categories(), d.problems());
        assertEquals(d, copy);
        assertSame(d.papers(), copy.papers());
    }

    @Test
    void aNullCategoryIsRejected() {
        List<Category> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> digest(withNull));
    }

    @Test
    void anEmptyDigestHasNoPaper() {
        assertEquals(List.of(), digest(List.of()).papers());
        assertEquals(List.of(), digest(List.of(category("a"))).papers());
    }
}
