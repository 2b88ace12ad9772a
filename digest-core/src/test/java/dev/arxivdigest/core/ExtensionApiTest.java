package dev.arxivdigest.core;

import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Key;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Section extractors: typed values, order, replacement of built-ins, failures as problems. */
class ExtensionApiTest {

    static final Key<Integer> PAGES = Key.of("test.pages");

    static final String MD = "### [1] [T](https://arxiv.org/abs/2501.00001)\n*A*\n\n**Keywords:** x, y\n\nTL;DR: t\n\n"
            + "<details>\n<summary>Details</summary>\nMotivation: m\n\nPages: 12\n</details>\n\n"
            + "### [2] [U](https://arxiv.org/abs/2501.00002)\n*B*\n\n**Keywords:** z\n\nTL;DR: u\n\n"
            + "<details>\n<summary>Details</summary>\nMotivation: n\n\nPages: twelve\n</details>\n";

    static final SectionExtractor<Integer> PAGES_EXTRACTOR = SectionExtractor.of(PAGES, s -> s.labelIs("Pages"),
            (s, problems) -> {
                try {
                    return Optional.of(Integer.parseInt(s.text().strip()));
                } catch (NumberFormatException e) {
                    problems.report("pages-not-a-number", Severity.WARNING, "not a number: " + s.text());
                    return Optional.empty();
                }
            });

    @Test
    void userExtractorStoresTypedValueOnTheDetailsAndReportsItsProblems() {
        Digest d = DigestParser.builder().addExtractor(PAGES_EXTRACTOR).build().parse(MD);
        Paper first = d.papers().get(0);
        assertEquals(Optional.of(12), first.get(PAGES));
        assertEquals(Optional.of(12), first.details().orElseThrow().get(PAGES));
        assertTrue(first.attributes().get(PAGES).isEmpty(), "stored on the details block, where the section is");
        Paper second = d.papers().get(1);
        assertEquals(Optional.empty(), second.get(PAGES));
        Problem p = second.problems().stream().filter(x -> x.code().equals("pages-not-a-number")).findFirst().orElseThrow();
        assertEquals(26, p.line());
        assertTrue(d.problems().contains(p));
        assertTrue(d.problems().stream().noneMatch(x -> x.message().contains("'Pages'")), "handled: not an unknown label");
    }

    @Test
    void userExtractorsRunBeforeBuiltInsAndReplaceTheirKey() {
        SectionExtractor<List<String>> upper = SectionExtractor.of(Extras.KEYWORDS, s -> s.labelIs("Keywords"),
                (s, p) -> Optional.of(List.of(s.text().toUpperCase(java.util.Locale.ROOT))));
        DigestParser parser = DigestParser.builder().addExtractor(upper).build();
        assertEquals(upper, parser.extractors().get(0));
        assertEquals(1, parser.extractors().stream().filter(x -> x.key().equals(Extras.KEYWORDS)).count());
        assertEquals(Optional.of(List.of("X, Y")), parser.parse(MD).papers().get(0).get(Extras.KEYWORDS));
        assertEquals(Optional.of(List.of("x", "y")), DigestParser.builder().build().parse(MD).papers().get(0).get(Extras.KEYWORDS));
        assertTrue(DigestParser.builder().builtInExtractors(false).build().extractors().isEmpty());
    }

    @Test
    void throwingExtractorBecomesAProblemNamingItAndTheParseGoesOn() {
        SectionExtractor<String> boom = new SectionExtractor<>() {
            @Override
            public Key<String> key() {
                return Key.of("test.boom");
            }

            @Override
            public boolean handles(dev.arxivdigest.core.SectionView section) {
                return section.labelIs("Motivation");
            }

            @Override
            public Optional<String> extract(dev.arxivdigest.core.SectionView section, ProblemReporter problems) {
                throw new IllegalStateException("kaboom");
            }

            @Override
            public String name() {
                return "BoomExtractor";
            }
        };
        SectionExtractor<String> nullReturning = SectionExtractor.of(Key.of("test.null"), s -> s.labelIs("TL;DR"),
                (s, p) -> null);
        Digest d = DigestParser.builder().addExtractor(boom).addExtractor(nullReturning).build().parse(MD);
        assertEquals(2, d.papers().size());
        assertEquals(Optional.of("m"), d.papers().get(0).motivation());
        List<Problem> failures = d.problems().stream().filter(p -> p.code().equals("extractor-failed")).toList();
        assertEquals(4, failures.size(), failures.toString());
        assertTrue(failures.get(0).message().contains("BoomExtractor") || failures.get(0).message().contains("test.null"));
        assertTrue(failures.stream().anyMatch(p -> p.message().contains("BoomExtractor") && p.message().contains("kaboom")));
        assertTrue(failures.stream().anyMatch(p -> p.message().contains("returned null")));
    }

    @Test
    void discoveryIsOptInAndFindsNothingWithoutServiceFiles() {
        int builtIns = DigestParser.builder().build().extractors().size();
        assertEquals(builtIns, DigestParser.builder().discoverExtractors(ExtensionApiTest.class.getClassLoader())
                .build().extractors().size());
    }
}
