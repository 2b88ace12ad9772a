package dev.arxivdigest.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The records of the model other than {@link ArxivId} and {@link SourceSpan}: null rejection,
 * defensive and unmodifiable copies, the lookups of {@link Digest}, {@link Paper} and
 * {@link Details}, typed {@link Attributes}, and the {@link Problem} and {@link ProblemCode} codes.
 */
class ModelRecordsTest {

    private static final Key<Integer> PAGES = Key.of("test.pages");
    private static final Key<List<String>> KEYWORDS = Key.of("test.keywords");

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    // ---------------------------------------------------------------- fixtures

    private static SourceSpan at(int line) {
        return new SourceSpan(line * 10L, line * 10L + 5, line, 1, line, 6);
    }

    private static Section section(String label, Field field, String text) {
        return new Section(label, Optional.ofNullable(field), text, List.of(), at(1));
    }

    private static Section plain(String label, String text) {
        return section(label, null, text);
    }

    private static Details details(Section... sections) {
        return new Details("Details", List.of(sections), Attributes.EMPTY, at(5));
    }

    private static Paper paper(String index, String id, List<Section> sections, Optional<Details> details) {
        Optional<ArxivId> arxivId = id == null ? Optional.empty() : ArxivId.parse(id);
        String link = id == null ? "" : "https://arxiv.org/abs/" + id;
        return new Paper(Optional.ofNullable(index), "Title " + index, link, arxivId, List.of("A. Author"),
                sections, details, Attributes.EMPTY, at(3), List.of());
    }

    private static Paper paper(String index, String id) {
        return paper(index, id, List.of(), Optional.empty());
    }

    private static Paper withIndex(String index) {
        return paper(index, null);
    }

    private static Category category(String name, String anchor, Paper... papers) {
        return new Category(name, anchor, OptionalInt.of(papers.length), List.of(papers), at(2));
    }

    private static Digest digest(List<Problem> problems, Category... categories) {
        return new Digest(Optional.of("# 2025-07-08"), Optional.of(LocalDate.of(2025, 7, 8)), List.of(),
                List.of(categories), problems);
    }

    private static Digest digest(Category... categories) {
        return digest(List.of(), categories);
    }

    private static Problem problem(Severity severity) {
        return new Problem("test-problem", severity, 1, 1, "m");
    }

    /** A paper with Main category and TL;DR before the details block and the other fields inside it. */
    private static Paper fullPaper() {
        Section main = section("Main category", Field.MAIN_CATEGORY, "cs.LG");
        Section tldr = section("TL;DR", Field.TLDR, "short");
        Section keywords = plain("Keywords", "a, b");
        Details d = details(
                section("Motivation", Field.MOTIVATION, "why"),
                section("Method", Field.METHOD, "how"),
                section("Result", Field.RESULT, "what"),
                section("Conclusion", Field.CONCLUSION, "so"),
                section("Abstract", Field.ABSTRACT, "original"),
                plain("Pages", "12"));
        return paper("1", "2512.21349", List.of(main, tldr, keywords), Optional.of(d));
    }

    // ---------------------------------------------------------------- null components

    @Test
    void sectionRejectsNulls() {
        SourceSpan s = SourceSpan.EMPTY;
        assertThrows(NullPointerException.class, () -> new Section(null, Optional.empty(), "t", List.of(), s));
        assertThrows(NullPointerException.class, () -> new Section("l", null, "t", List.of(), s));
        assertThrows(NullPointerException.class, () -> new Section("l", Optional.empty(), null, List.of(), s));
        assertThrows(NullPointerException.class, () -> new Section("l", Optional.empty(), "t", null, s));
        assertThrows(NullPointerException.class, () -> new Section("l", Optional.empty(), "t", List.of(), null));
        assertThrows(NullPointerException.class,
                () -> new Section("l", Optional.empty(), "t", Arrays.asList("a", null), s));
    }

    @Test
    void detailsRejectsNulls() {
        SourceSpan s = SourceSpan.EMPTY;
        Attributes a = Attributes.EMPTY;
        assertThrows(NullPointerException.class, () -> new Details(null, List.of(), a, s));
        assertThrows(NullPointerException.class, () -> new Details("Details", null, a, s));
        assertThrows(NullPointerException.class, () -> new Details("Details", List.of(), null, s));
        assertThrows(NullPointerException.class, () -> new Details("Details", List.of(), a, null));
        assertThrows(NullPointerException.class,
                () -> new Details("Details", Arrays.asList(plain("x", "y"), null), a, s));
    }

    @Test
    void paperRejectsNulls() {
        Optional<String> i = Optional.of("1");
        Optional<ArxivId> id = Optional.empty();
        List<String> au = List.of("A");
        List<Section> se = List.of();
        Optional<Details> de = Optional.empty();
        Attributes at = Attributes.EMPTY;
        SourceSpan sp = SourceSpan.EMPTY;
        List<Problem> pr = List.of();
        assertThrows(NullPointerException.class, () -> new Paper(null, "T", "", id, au, se, de, at, sp, pr));
        assertThrows(NullPointerException.class, () -> new Paper(i, null, "", id, au, se, de, at, sp, pr));
        assertThrows(NullPointerException.class, () -> new Paper(i, "T", null, id, au, se, de, at, sp, pr));
        assertThrows(NullPointerException.class, () -> new Paper(i, "T", "", null, au, se, de, at, sp, pr));
        assertThrows(NullPointerException.class, () -> new Paper(i, "T", "", id, null, se, de, at, sp, pr));
        assertThrows(NullPointerException.class, () -> new Paper(i, "T", "", id, au, null, de, at, sp, pr));
        assertThrows(NullPointerException.class, () -> new Paper(i, "T", "", id, au, se, null, at, sp, pr));
        assertThrows(NullPointerException.class, () -> new Paper(i, "T", "", id, au, se, de, null, sp, pr));
        assertThrows(NullPointerException.class, () -> new Paper(i, "T", "", id, au, se, de, at, null, pr));
        assertThrows(NullPointerException.class, () -> new Paper(i, "T", "", id, au, se, de, at, sp, null));
        assertThrows(NullPointerException.class,
                () -> new Paper(i, "T", "", id, Arrays.asList("A", null), se, de, at, sp, pr));
        assertThrows(NullPointerException.class,
                () -> new Paper(i, "T", "", id, au, Arrays.asList((Section) null), de, at, sp, pr));
        assertThrows(NullPointerException.class,
                () -> new Paper(i, "T", "", id, au, se, de, at, sp, Arrays.asList((Problem) null)));
    }

    @Test
    void categoryRejectsNulls() {
        OptionalInt t = OptionalInt.empty();
        SourceSpan s = SourceSpan.EMPTY;
        assertThrows(NullPointerException.class, () -> new Category(null, "", t, List.of(), s));
        assertThrows(NullPointerException.class, () -> new Category("cs.LG", null, t, List.of(), s));
        assertThrows(NullPointerException.class, () -> new Category("cs.LG", "", null, List.of(), s));
        assertThrows(NullPointerException.class, () -> new Category("cs.LG", "", t, null, s));
        assertThrows(NullPointerException.class, () -> new Category("cs.LG", "", t, List.of(), null));
        assertThrows(NullPointerException.class,
                () -> new Category("cs.LG", "", t, Arrays.asList(paper("1", null), null), s));
    }

    @Test
    void tocEntryRejectsNulls() {
        OptionalInt t = OptionalInt.of(3);
        SourceSpan s = SourceSpan.EMPTY;
        assertThrows(NullPointerException.class, () -> new TocEntry(null, "cs.LG", t, s));
        assertThrows(NullPointerException.class, () -> new TocEntry("cs.LG", null, t, s));
        assertThrows(NullPointerException.class, () -> new TocEntry("cs.LG", "cs.LG", null, s));
        assertThrows(NullPointerException.class, () -> new TocEntry("cs.LG", "cs.LG", t, null));
    }

    @Test
    void digestRejectsNulls() {
        Optional<String> t = Optional.empty();
        Optional<LocalDate> d = Optional.empty();
        assertThrows(NullPointerException.class, () -> new Digest(null, d, List.of(), List.of(), List.of()));
        assertThrows(NullPointerException.class, () -> new Digest(t, null, List.of(), List.of(), List.of()));
        assertThrows(NullPointerException.class, () -> new Digest(t, d, null, List.of(), List.of()));
        assertThrows(NullPointerException.class, () -> new Digest(t, d, List.of(), null, List.of()));
        assertThrows(NullPointerException.class, () -> new Digest(t, d, List.of(), List.of(), null));
        assertThrows(NullPointerException.class,
                () -> new Digest(t, d, Arrays.asList((TocEntry) null), List.of(), List.of()));
        assertThrows(NullPointerException.class,
                () -> new Digest(t, d, List.of(), Arrays.asList((Category) null), List.of()));
        assertThrows(NullPointerException.class,
                () -> new Digest(t, d, List.of(), List.of(), Arrays.asList((Problem) null)));
    }

    @Test
    void attributesRejectNullMapKeyAndValue() {
        Map<Key<?>, Object> nullKey = new HashMap<>();
        nullKey.put(null, 1);
        Map<Key<?>, Object> nullValue = new HashMap<>();
        nullValue.put(PAGES, null);
        assertThrows(NullPointerException.class, () -> new Attributes(null));
        assertThrows(NullPointerException.class, () -> new Attributes(nullKey));
        assertThrows(NullPointerException.class, () -> new Attributes(nullValue));
        assertThrows(NullPointerException.class, () -> Attributes.EMPTY.get(null));
    }

    @Test
    void keyRejectsNullAndBlankNames() {
        assertThrows(NullPointerException.class, () -> Key.of(null));
        assertThrows(IllegalArgumentException.class, () -> Key.of(""));
        assertThrows(IllegalArgumentException.class, () -> Key.of(" \t\n"));
    }

    @Test
    void problemRejectsNullsBlankCodeAndPositionsBelowOne() {
        assertThrows(NullPointerException.class, () -> new Problem(null, Severity.INFO, 1, 1, "m"));
        assertThrows(NullPointerException.class, () -> new Problem("c", null, 1, 1, "m"));
        assertThrows(NullPointerException.class, () -> new Problem("c", Severity.INFO, 1, 1, null));
        assertThrows(IllegalArgumentException.class, () -> new Problem("", Severity.INFO, 1, 1, "m"));
        assertThrows(IllegalArgumentException.class, () -> new Problem("  ", Severity.INFO, 1, 1, "m"));
        assertThrows(IllegalArgumentException.class, () -> new Problem("c", Severity.INFO, 0, 1, "m"));
        assertThrows(IllegalArgumentException.class, () -> new Problem("c", Severity.INFO, 1, 0, "m"));
        assertThrows(IllegalArgumentException.class, () -> new Problem("c", Severity.INFO, -4, 1, "m"));
        assertThrows(IllegalArgumentException.class,
                () -> Problem.of(ProblemCode.MISSING_TOC, 1, 0, "m"));
    }

    // ---------------------------------------------------------------- defensive copies

    @Test
    void sectionCopiesItsItems() {
        List<String> items = new ArrayList<>(List.of("one", "two"));
        Section s = new Section("Keywords", Optional.empty(), "1. one\n2. two", items, SourceSpan.EMPTY);
        items.add("three");
        assertEquals(List.of("one", "two"), s.items());
        assertThrows(UnsupportedOperationException.class, () -> s.items().add("x"));
    }

    @Test
    void detailsCopiesItsSections() {
        List<Section> sections = new ArrayList<>(List.of(plain("a", "1")));
        Details d = new Details("Details", sections, Attributes.EMPTY, SourceSpan.EMPTY);
        sections.add(plain("b", "2"));
        assertEquals(1, d.sections().size());
        assertThrows(UnsupportedOperationException.class, () -> d.sections().add(plain("c", "3")));
    }

    @Test
    void paperCopiesItsLists() {
        List<String> authors = new ArrayList<>(List.of("A"));
        List<Section> sections = new ArrayList<>(List.of(plain("a", "1")));
        List<Problem> problems = new ArrayList<>(List.of(problem(Severity.INFO)));
        Paper p = new Paper(Optional.empty(), "T", "", Optional.empty(), authors, sections, Optional.empty(),
                Attributes.EMPTY, SourceSpan.EMPTY, problems);
        authors.add("B");
        sections.clear();
        problems.add(problem(Severity.ERROR));
        assertEquals(List.of("A"), p.authors());
        assertEquals(List.of(plain("a", "1")), p.sections());
        assertEquals(List.of(problem(Severity.INFO)), p.problems());
        assertThrows(UnsupportedOperationException.class, () -> p.authors().add("C"));
        assertThrows(UnsupportedOperationException.class, () -> p.sections().clear());
        assertThrows(UnsupportedOperationException.class, () -> p.problems().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> p.allSections().add(plain("b", "2")));
    }

    @Test
    void paperAllSectionsIsUnmodifiableWithDetailsToo() {
        Paper p = fullPaper();
        assertThrows(UnsupportedOperationException.class, () -> p.allSections().add(plain("b", "2")));
    }

    @Test
    void categoryCopiesItsPapers() {
        List<Paper> papers = new ArrayList<>(List.of(paper("1", "2501.00001")));
        Category c = new Category("cs.LG", "cs.LG", OptionalInt.empty(), papers, SourceSpan.EMPTY);
        papers.add(paper("2", "2501.00002"));
        assertEquals(1, c.papers().size());
        assertThrows(UnsupportedOperationException.class, () -> c.papers().add(paper("3", null)));
    }

    @Test
    void digestCopiesItsLists() {
        List<TocEntry> toc = new ArrayList<>(List.of(new TocEntry("cs.LG", "cs.LG", OptionalInt.of(1),
                SourceSpan.EMPTY)));
        List<Category> categories = new ArrayList<>(List.of(category("cs.LG", "cs.LG", paper("1", "2501.00001"))));
        List<Problem> problems = new ArrayList<>();
        Digest d = new Digest(Optional.empty(), Optional.empty(), toc, categories, problems);
        toc.clear();
        categories.add(category("cs.CV", "cs.CV", paper("2", "2501.00002")));
        problems.add(problem(Severity.ERROR));
        assertEquals(1, d.toc().size());
        assertEquals(1, d.categories().size());
        assertEquals(List.of(), d.problems());
        assertFalse(d.hasErrors());
        assertThrows(UnsupportedOperationException.class, () -> d.toc().clear());
        assertThrows(UnsupportedOperationException.class, () -> d.categories().clear());
        assertThrows(UnsupportedOperationException.class, () -> d.problems().add(problem(Severity.INFO)));
        assertThrows(UnsupportedOperationException.class, () -> d.papers().clear());
    }

    @Test
    void attributesCopyTheirMapAndAreUnmodifiable() {
        Map<Key<?>, Object> values = new HashMap<>();
        values.put(PAGES, 12);
        Attributes a = new Attributes(values);
        values.put(KEYWORDS, List.of("x"));
        values.put(PAGES, 13);
        assertEquals(1, a.values().size());
        assertEquals(Optional.of(12), a.get(PAGES));
        assertEquals(Optional.empty(), a.get(KEYWORDS));
        assertThrows(UnsupportedOperationException.class, () -> a.values().put(KEYWORDS, List.of()));
        assertThrows(UnsupportedOperationException.class, () -> Attributes.EMPTY.values().put(PAGES, 1));
    }

    // ---------------------------------------------------------------- Attributes and Key

    @Test
    void attributesGetReturnsTheTypedValueOrEmpty() {
        Map<Key<?>, Object> values = new HashMap<>();
        values.put(PAGES, 12);
        values.put(KEYWORDS, List.of("a", "b"));
        Attributes a = new Attributes(values);
        Optional<Integer> pages = a.get(PAGES);
        Optional<List<String>> keywords = a.get(KEYWORDS);
        assertEquals(Optional.of(12), pages);
        assertEquals(Optional.of(List.of("a", "b")), keywords);
        assertEquals(Optional.empty(), a.get(Key.<String>of("test.absent")));
        assertFalse(a.isEmpty());
    }

    @Test
    void attributesFindAValueThroughAnotherKeyWithTheSameName() {
        Attributes a = new Attributes(Map.of(PAGES, 12));
        assertEquals(Optional.of(12), a.get(Key.<Integer>of("test.pages")));
        assertEquals(Optional.empty(), a.get(Key.<Integer>of("test.Pages")));
    }

    @Test
    void attributesIterateInInsertionOrder() {
        LinkedHashMap<Key<?>, Object> values = new LinkedHashMap<>();
        List<String> names = List.of("z", "a", "m", "b", "y", "c");
        for (String n : names) {
            values.put(Key.of(n), n);
        }
        List<String> seen = new ArrayList<>();
        new Attributes(values).values().keySet().forEach(k -> seen.add(k.name()));
        assertEquals(names, seen);
    }

    @Test
    void emptyAttributesAreEmpty() {
        assertTrue(Attributes.EMPTY.isEmpty());
        assertTrue(new Attributes(Map.of()).isEmpty());
        assertEquals(Optional.empty(), Attributes.EMPTY.get(PAGES));
    }

    @Test
    void keysAreEqualByName() {
        assertEquals(Key.of("com.example.funding"), new Key<String>("com.example.funding"));
        assertEquals(Key.of("com.example.funding").hashCode(), new Key<String>("com.example.funding").hashCode());
        assertFalse(Key.of("a").equals(Key.of("b")));
        assertEquals("com.example.funding", Key.of("com.example.funding").name());
    }

    // ---------------------------------------------------------------- Section and Category

    @Test
    void sectionIsItsFieldOnly() {
        Section s = section("动机", Field.MOTIVATION, "why");
        assertTrue(s.is(Field.MOTIVATION));
        assertFalse(s.is(Field.METHOD));
        Section p = plain("Motivation", "why");
        for (Field f : Field.values()) {
            assertFalse(p.is(f), f.name());
        }
    }

    @Test
    void sectionIsAListWhenItHasItems() {
        assertFalse(plain("Keywords", "a, b").isList());
        Section list = new Section("Contributions", Optional.empty(), "- a\n- b", List.of("a", "b"),
                SourceSpan.EMPTY);
        assertTrue(list.isList());
        assertEquals(List.of("a", "b"), list.items());
    }

    @Test
    void categoryWithEmptyNameIsUnnamed() {
        assertTrue(category("", "").isUnnamed());
        assertFalse(category("cs.LG", "").isUnnamed());
        assertFalse(category("cs.LG", "cs.LG").isUnnamed());
    }

    // ---------------------------------------------------------------- Digest

    @Test
    void papersAreInDocumentOrderAcrossCategories() {
        Paper p1 = paper("1", "2501.00001");
        Paper p2 = paper("2", "2501.00002");
        Paper p3 = paper("3", "2501.00003");
        Paper p4 = paper("4", "2501.00004");
        Digest d = digest(category("", "", p1), category("cs.LG", "cs.LG", p2, p3), category("cs.CV", "cs.CV"),
                category("cs.AI", "cs.AI", p4));
        assertEquals(List.of(p1, p2, p3, p4), d.papers());
        assertEquals(List.of(), digest().papers());
    }

    @Test
    void categoryIsFoundByName() {
        Category lg = category("cs.LG", "cs.LG", paper("1", "2501.00001"));
        Category cv = category("cs.CV", "cs.CV", paper("2", "2501.00002"));
        Digest d = digest(lg, cv);
        assertSame(cv, d.category("cs.CV").orElseThrow());
        assertSame(lg, d.category("cs.LG").orElseThrow());
        assertEquals(Optional.empty(), d.category("cs.AI"));
        assertEquals(Optional.empty(), d.category("cs.lg"));
        assertThrows(NullPointerException.class, () -> d.category(null));
    }

    @Test
    void categoryIsFoundByAnchorWhenNoNameMatches() {
        Category c = category("Machine Learning (cs.LG)", "cs.LG");
        Digest d = digest(category("cs.CV", "cs.CV"), c);
        assertSame(c, d.category("cs.LG").orElseThrow());
        assertSame(c, d.category("Machine Learning (cs.LG)").orElseThrow());
    }

    @Test
    void categoryNameMatchWinsOverAnEarlierAnchorMatch() {
        Category anchored = category("Machine Learning", "cs.LG");
        Category named = category("cs.LG", "lg");
        Digest d = digest(anchored, named);
        assertSame(named, d.category("cs.LG").orElseThrow());
    }

    @Test
    void firstCategoryWithTheNameIsFound() {
        Category first = category("cs.LG", "a", paper("1", "2501.00001"));
        Category second = category("cs.LG", "b", paper("2", "2501.00002"));
        assertSame(first, digest(first, second).category("cs.LG").orElseThrow());
    }

    @Test
    void paperIsFoundByIdentifierWithOrWithoutVersion() {
        Paper versioned = paper("1", "2512.21349v2");
        Paper bare = paper("2", "2501.00002");
        Paper old = paper("3", "hep-th/9901001");
        Digest d = digest(category("cs.LG", "cs.LG", versioned), category("hep-th", "hep-th", bare, old));
        assertSame(versioned, d.paper("2512.21349v2").orElseThrow());
        assertSame(versioned, d.paper("2512.21349").orElseThrow());
        assertSame(versioned, d.paper("2512.21349v1").orElseThrow());
        assertSame(bare, d.paper("2501.00002").orElseThrow());
        assertSame(bare, d.paper("2501.00002v5").orElseThrow());
        assertSame(old, d.paper("hep-th/9901001").orElseThrow());
        assertSame(old, d.paper("hep-th/9901001v1").orElseThrow());
    }

    @Test
    void paperLookupIsEmptyForUnknownOrMalformedIdentifiers() {
        Digest d = digest(category("cs.LG", "cs.LG", paper("1", "2512.21349"), paper("2", null)));
        assertEquals(Optional.empty(), d.paper("2512.21348"));
        assertEquals("Title 1", d.paper("https://arxiv.org/abs/2512.21349").orElseThrow().title()); // links are read too
        assertEquals(Optional.empty(), d.paper("2512.21349v"));
        assertEquals(Optional.empty(), d.paper(""));
        assertEquals(Optional.empty(), d.paper("Title 2"));
        assertThrows(NullPointerException.class, () -> d.paper((String) null));
        assertThrows(NullPointerException.class, () -> d.paper((ArxivId) null));
    }

    @Test
    void paperLookupReturnsTheFirstOfDuplicates() {
        Paper first = paper("1", "2512.21349v1");
        Paper second = paper("2", "2512.21349v2");
        Digest d = digest(category("cs.LG", "cs.LG", first), category("cs.CV", "cs.CV", second));
        assertSame(first, d.paper("2512.21349v2").orElseThrow());
    }

    @Test
    void hasErrorsOnlyForErrorSeverity() {
        assertFalse(digest().hasErrors());
        assertFalse(digest(List.of(problem(Severity.INFO), problem(Severity.WARNING))).hasErrors());
        assertTrue(digest(List.of(problem(Severity.INFO), problem(Severity.ERROR), problem(Severity.WARNING)))
                .hasErrors());
        assertTrue(digest(List.of(Problem.of(ProblemCode.DETAILS_UNCLOSED, 4, 1, "m"))).hasErrors());
        assertFalse(digest(List.of(Problem.of(ProblemCode.MISSING_TOC, 1, 1, "m"))).hasErrors());
    }

    // ---------------------------------------------------------------- Paper

    @Test
    void fieldAccessorsReadSectionsBeforeAndInsideTheDetailsBlock() {
        Paper p = fullPaper();
        assertEquals(Optional.of("cs.LG"), p.mainCategory());
        assertEquals(Optional.of("short"), p.tldr());
        assertEquals(Optional.of("why"), p.motivation());
        assertEquals(Optional.of("how"), p.method());
        assertEquals(Optional.of("what"), p.result());
        assertEquals(Optional.of("so"), p.conclusion());
        assertEquals(Optional.of("original"), p.abstractText());
        assertEquals(Optional.of("why"), p.text(Field.MOTIVATION));
        assertEquals(Optional.of("short"), p.text(Field.TLDR));
    }

    @Test
    void fieldAccessorsWorkWithoutADetailsBlock() {
        Paper p = paper("1", "2501.00001", List.of(
                section("Motivation", Field.MOTIVATION, "why"),
                section("Abstract", Field.ABSTRACT, "original")), Optional.empty());
        assertEquals(Optional.of("why"), p.motivation());
        assertEquals(Optional.of("original"), p.abstractText());
        assertEquals(Optional.empty(), p.method());
        assertEquals(Optional.empty(), p.tldr());
        assertEquals(Optional.empty(), p.section(Field.RESULT));
    }

    @Test
    void fieldAccessorsFindFieldsMovedIntoTheDetailsBlock() {
        Paper p = paper("1", "2501.00001", List.of(), Optional.of(details(
                section("TL;DR", Field.TLDR, "inside"),
                section("Main category", Field.MAIN_CATEGORY, "cs.CV"))));
        assertEquals(Optional.of("inside"), p.tldr());
        assertEquals(Optional.of("cs.CV"), p.mainCategory());
    }

    @Test
    void fieldAccessorsGoByFieldNotByLabel() {
        Paper p = paper("1", "2501.00001", List.of(plain("TL;DR", "unmapped"),
                section("AI概要", Field.TLDR, "mapped")), Optional.empty());
        assertEquals(Optional.of("mapped"), p.tldr());
        assertEquals(Optional.of("unmapped"), p.section("tl;dr").map(Section::text));
    }

    @Test
    void sectionByFieldPrefersTheOneBeforeTheDetailsBlock() {
        Section outside = section("Motivation", Field.MOTIVATION, "outside");
        Section inside = section("Motivation", Field.MOTIVATION, "inside");
        Paper p = paper("1", "2501.00001", List.of(outside), Optional.of(details(inside)));
        assertSame(outside, p.section(Field.MOTIVATION).orElseThrow());
        assertEquals(Optional.of("outside"), p.motivation());
        assertSame(inside, p.details().orElseThrow().section(Field.MOTIVATION).orElseThrow());
    }

    @Test
    void sectionByFieldReturnsTheFirstOfDuplicates() {
        Section first = section("TL;DR", Field.TLDR, "first");
        Section second = section("TLDR", Field.TLDR, "second");
        Paper p = paper("1", "2501.00001", List.of(first, second), Optional.empty());
        assertSame(first, p.section(Field.TLDR).orElseThrow());
    }

    @Test
    void sectionByLabelIgnoresCaseAndSurroundingWhiteSpace() {
        Section keywords = plain(" Keywords ", "a, b");
        Section pages = plain("Pages", "12");
        Paper p = paper("1", "2501.00001", List.of(keywords), Optional.of(details(pages)));
        assertSame(keywords, p.section("keywords").orElseThrow());
        assertSame(keywords, p.section("  KEYWORDS\t").orElseThrow());
        assertSame(pages, p.section("pages").orElseThrow());
        assertEquals(Optional.empty(), p.section("Keyword"));
        assertEquals(Optional.empty(), p.section("Key words"));
        assertThrows(NullPointerException.class, () -> p.section((String) null));
        assertThrows(NullPointerException.class, () -> p.section((Field) null));
    }

    @Test
    void sectionByLabelPrefersTheOneBeforeTheDetailsBlock() {
        Section outside = plain("Note", "outside");
        Section inside = plain("note", "inside");
        Paper p = paper("1", "2501.00001", List.of(outside), Optional.of(details(inside)));
        assertSame(outside, p.section("NOTE").orElseThrow());
    }

    @Test
    void emptyLabelFindsUnlabelledText() {
        Section unlabelled = plain("", "stray text");
        Paper p = paper("1", "2501.00001", List.of(plain("Keywords", "a"), unlabelled), Optional.empty());
        assertSame(unlabelled, p.section("").orElseThrow());
    }

    @Test
    void allSectionsListsThoseBeforeTheDetailsBlockThenThoseInIt() {
        Section a = plain("a", "1");
        Section b = plain("b", "2");
        Section c = plain("c", "3");
        Section d = plain("d", "4");
        Paper withDetails = paper("1", "2501.00001", List.of(a, b), Optional.of(details(c, d)));
        assertEquals(List.of(a, b, c, d), withDetails.allSections());
        Paper without = paper("2", "2501.00002", List.of(b, a), Optional.empty());
        assertEquals(List.of(b, a), without.allSections());
        Paper onlyDetails = paper("3", "2501.00003", List.of(), Optional.of(details(d, c)));
        assertEquals(List.of(d, c), onlyDetails.allSections());
    }

    @Test
    void numberParsesTheIndexWhenItFitsAnInt() {
        assertEquals(OptionalInt.of(12), withIndex("12").number());
        assertEquals(OptionalInt.of(7), withIndex(" 7 ").number());
        assertEquals(OptionalInt.of(0), withIndex("0").number());
        assertEquals(OptionalInt.of(Integer.MAX_VALUE), withIndex("2147483647").number());
        assertEquals(OptionalInt.empty(), withIndex("2147483648").number());
        assertEquals(OptionalInt.empty(), withIndex("12a").number());
        assertEquals(OptionalInt.empty(), withIndex("").number());
        assertEquals(OptionalInt.empty(), withIndex(null).number());
        assertEquals(Optional.of("12a"), withIndex("12a").index());
    }

    @Test
    void getReadsThePaperAttributesFirstThenTheDetailsBlock() {
        Key<String> shared = Key.of("test.shared");
        Key<String> onlyPaper = Key.of("test.paper");
        Attributes paperAttributes = new Attributes(Map.of(shared, "paper", onlyPaper, "p"));
        Attributes detailsAttributes = new Attributes(Map.of(shared, "details", PAGES, 12));
        Details d = new Details("Details", List.of(), detailsAttributes, SourceSpan.EMPTY);
        Paper p = new Paper(Optional.of("1"), "T", "", Optional.empty(), List.of(), List.of(), Optional.of(d),
                paperAttributes, SourceSpan.EMPTY, List.of());
        assertEquals(Optional.of("paper"), p.get(shared));
        assertEquals(Optional.of("p"), p.get(onlyPaper));
        assertEquals(Optional.of(12), p.get(PAGES));
        assertEquals(Optional.empty(), p.get(KEYWORDS));
        assertEquals(Optional.empty(), p.attributes().get(PAGES));
        assertEquals(Optional.of("details"), d.get(shared));
        assertEquals(Optional.empty(), d.get(onlyPaper));
    }

    @Test
    void getWithoutDetailsBlockReadsOnlyThePaper() {
        Paper p = new Paper(Optional.empty(), "T", "", Optional.empty(), List.of(), List.of(), Optional.empty(),
                new Attributes(Map.of(PAGES, 3)), SourceSpan.EMPTY, List.of());
        assertEquals(Optional.of(3), p.get(PAGES));
        assertEquals(Optional.empty(), p.get(KEYWORDS));
    }

    @Test
    void lineIsTheStartLineOfTheSpan() {
        Paper p = new Paper(Optional.empty(), "T", "", Optional.empty(), List.of(), List.of(), Optional.empty(),
                Attributes.EMPTY, new SourceSpan(120, 400, 17, 1, 29, 1), List.of());
        assertEquals(17, p.line());
    }

    // ---------------------------------------------------------------- Details

    @Test
    void detailsAccessorsReadItsSections() {
        Details d = fullPaper().details().orElseThrow();
        assertEquals(Optional.of("why"), d.motivation());
        assertEquals(Optional.of("how"), d.method());
        assertEquals(Optional.of("what"), d.result());
        assertEquals(Optional.of("so"), d.conclusion());
        assertEquals(Optional.of("original"), d.abstractText());
        assertEquals(Optional.of("12"), d.section("PAGES").map(Section::text));
        assertEquals(Optional.empty(), d.section(Field.TLDR));
        assertEquals(Optional.empty(), d.section("Keywords"));
        assertEquals("Details", d.summary());
    }

    @Test
    void emptyDetailsBlockHasNoFields() {
        Details d = new Details("", List.of(), Attributes.EMPTY, SourceSpan.EMPTY);
        assertEquals(Optional.empty(), d.motivation());
        assertEquals(Optional.empty(), d.method());
        assertEquals(Optional.empty(), d.result());
        assertEquals(Optional.empty(), d.conclusion());
        assertEquals(Optional.empty(), d.abstractText());
        assertEquals(Optional.empty(), d.section("Motivation"));
        assertEquals(Optional.empty(), d.get(PAGES));
    }

    @Test
    void detailsSectionLookupsReturnTheFirstMatch() {
        Section first = section("Result", Field.RESULT, "first");
        Section second = section("result", Field.RESULT, "second");
        Details d = details(plain("Other", "x"), first, second);
        assertSame(first, d.section(Field.RESULT).orElseThrow());
        assertSame(first, d.section(" RESULT ").orElseThrow());
        assertThrows(NullPointerException.class, () -> d.section((Field) null));
        assertThrows(NullPointerException.class, () -> d.section((String) null));
    }

    // ---------------------------------------------------------------- Problem, ProblemCode, Severity, Field

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void problemOfCarriesTheCodeAndItsDefaultSeverity(ProblemCode code) {
        Problem p = Problem.of(code, 7, 3, "message");
        assertEquals(code.code(), p.code());
        assertEquals(code.severity(), p.severity());
        assertEquals(7, p.line());
        assertEquals(3, p.column());
        assertEquals("message", p.message());
        assertEquals(Optional.of(code), ProblemCode.fromCode(p.code()));
    }

    @Test
    void everyProblemCodeIsUniqueKebabCase() {
        Set<String> seen = new HashSet<>();
        for (ProblemCode c : ProblemCode.values()) {
            assertTrue(KEBAB_CASE.matcher(c.code()).matches(), c.code());
            assertTrue(seen.add(c.code()), "duplicate code " + c.code());
        }
        assertEquals(ProblemCode.values().length, seen.size());
    }

    @Test
    void problemCodesKeepTheirDocumentedCodesAndSeverities() {
        assertEquals("paper-missing-authors", ProblemCode.PAPER_MISSING_AUTHORS.code());
        assertEquals(Severity.WARNING, ProblemCode.PAPER_MISSING_AUTHORS.severity());
        assertEquals("details-unclosed", ProblemCode.DETAILS_UNCLOSED.code());
        assertEquals(Severity.ERROR, ProblemCode.DETAILS_UNCLOSED.severity());
        assertEquals("byte-order-mark", ProblemCode.BYTE_ORDER_MARK.code());
        assertEquals(Severity.INFO, ProblemCode.BYTE_ORDER_MARK.severity());
    }

    @Test
    void fromCodeIsEmptyForCodesThatAreNotBuiltIn() {
        assertEquals(Optional.empty(), ProblemCode.fromCode("pages-not-a-number"));
        assertEquals(Optional.empty(), ProblemCode.fromCode("DETAILS-UNCLOSED"));
        assertEquals(Optional.empty(), ProblemCode.fromCode("DETAILS_UNCLOSED"));
        assertEquals(Optional.empty(), ProblemCode.fromCode(""));
    }

    @Test
    void extractorsMayReportCodesOfTheirOwn() {
        Problem p = new Problem("pages-not-a-number", Severity.WARNING, 26, 1, "not a number");
        assertEquals("pages-not-a-number", p.code());
        assertEquals(Optional.empty(), ProblemCode.fromCode(p.code()));
    }

    @Test
    void problemToStringIsTheCommandLineForm() {
        assertEquals("12:5: warning: paper-missing-authors: no authors",
                Problem.of(ProblemCode.PAPER_MISSING_AUTHORS, 12, 5, "no authors").toString());
        assertEquals("1:1: error: details-unclosed: unclosed",
                Problem.of(ProblemCode.DETAILS_UNCLOSED, 1, 1, "unclosed").toString());
        assertEquals("3:9: info: custom-code: x", new Problem("custom-code", Severity.INFO, 3, 9, "x").toString());
    }

    @Test
    void severitiesAreOrderedFromLeastToMostSerious() {
        assertEquals(List.of(Severity.INFO, Severity.WARNING, Severity.ERROR), List.of(Severity.values()));
        assertTrue(Severity.INFO.compareTo(Severity.WARNING) < 0);
        assertTrue(Severity.WARNING.compareTo(Severity.ERROR) < 0);
    }

    @Test
    void fieldsAreInTemplateOrderWithTheirCanonicalLabels() {
        List<String> labels = new ArrayList<>();
        for (Field f : Field.values()) {
            labels.add(f.canonicalLabel());
        }
        assertEquals(List.of("Main category", "TL;DR", "Motivation", "Method", "Result", "Conclusion", "Abstract"),
                labels);
    }
}
