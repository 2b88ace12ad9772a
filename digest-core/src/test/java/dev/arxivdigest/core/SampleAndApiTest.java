package dev.arxivdigest.core;

import dev.arxivdigest.testsupport.SharedCorpus;

import dev.arxivdigest.model.ArxivId;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled sample, the four input kinds, streaming, thread safety and arXiv ids. */
class SampleAndApiTest {

    static String sample() throws IOException {
        try (InputStream in = SampleAndApiTest.class.getResourceAsStream("/sample.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void sampleHasThreeCategoriesAnd76PapersWithoutProblems(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("2025-12-26.md");
        Files.writeString(file, sample());
        List<Paper> papers = DigestParser.builder().build().parse(file).papers();
        assertEquals(76, papers.size());
        Digest d = DigestParser.builder().build().parse(file);
        assertEquals(List.of(), d.problems());
        assertEquals(List.of("cs.LG", "cs.AI", "cs.IR"), d.categories().stream().map(c -> c.name()).toList());
        assertEquals(List.of(54, 17, 5), d.categories().stream().map(c -> c.papers().size()).toList());
        assertEquals(76, d.papers().size());
        assertEquals(OptionalInt.of(54), d.categories().get(0).declaredTotal());
        assertEquals(Optional.of(LocalDate.of(2025, 12, 26)), d.date());
        Paper first = d.paper("2512.21349").orElseThrow();
        assertEquals("Physics-Informed Neural Solvers for Periodic Quantum Eigenproblems", first.title());
        assertEquals(List.of("Haaris Mian"), first.authors());
        assertEquals(Optional.of("cs.LG"), first.mainCategory());
        assertEquals(Optional.of("Details"), first.details().map(x -> x.summary()));
        assertTrue(first.abstractText().orElseThrow().startsWith("This thesis presents"));
        assertEquals(sample(), DigestWriter.canonical().write(d));
    }

    @Test
    void allInputKindsGiveTheSameDigest() throws IOException {
        DigestParser parser = DigestParser.builder().build();
        String text = sample();
        Digest fromString = parser.parse(text);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(fromString, parser.parse(bytes));
        assertEquals(fromString, parser.parse(new ByteArrayInputStream(bytes)));
        assertEquals(fromString, parser.parse(new StringReader(text)));
    }

    @Test
    void streamingYieldsTheSamePapersAsParsing() throws IOException {
        DigestParser parser = DigestParser.builder().build();
        String text = sample();
        Digest whole = parser.parse(text);
        List<Paper> streamed = new ArrayList<>();
        try (DigestParser.PaperStream s = parser.stream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            for (Paper p : s) {
                streamed.add(p);
            }
            assertEquals(whole.problems(), s.digest().problems());
            assertEquals(whole.toc(), s.digest().toc());
            assertEquals(3, s.digest().categories().size());
        }
        assertEquals(whole.papers(), streamed);
    }

    @Test
    void streamingReportsDamageLikeParsing() throws IOException {
        DigestParser parser = DigestParser.builder().build();
        String damaged = ProblemPositionsTest.three(ProblemPositionsTest.paper(1),
                ProblemPositionsTest.paper(2).replace("</details>\n", "").replace("tldr 2", "tl\0dr"),
                ProblemPositionsTest.paper(3)).replace("\n", "\r\n");
        byte[] bytes = damaged.getBytes(StandardCharsets.UTF_8);
        bytes[damaged.indexOf("abstract 1")] = (byte) 0xFF;
        Digest whole = parser.parse(bytes);
        try (DigestParser.PaperStream s = parser.stream(new ByteArrayInputStream(bytes))) {
            List<Paper> streamed = s.papers().toList();
            assertEquals(whole.papers(), streamed);
            assertEquals(whole.problems(), s.digest().problems());
        }
        assertEquals(List.of("crlf-line-endings", "invalid-utf8", "nul-character", "details-unclosed"),
                whole.problems().stream().map(p -> p.code()).toList());
    }

    @Test
    void streamingNormalisesCrlfInASectionCutByAChunkBoundary() throws IOException {
        // found by fuzzing: a paper whose text ran into a line that starts a new chunk kept its CRs when streamed
        String text = "### [1] [T](https://arxiv.org/abs/2501.00001)\r\n*A*\r\nsome text\r\nmore text\r\n"
                + "# Table of Contents\r\n";
        DigestParser parser = DigestParser.builder().build();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (DigestParser.PaperStream s = parser.stream(new ByteArrayInputStream(bytes))) {
            List<Paper> streamed = s.papers().toList();
            assertEquals(parser.parse(bytes).papers(), streamed);
            assertEquals("some text\nmore text", streamed.get(0).sections().get(0).text());
        }
    }

    @Test
    void oneParserSharedByEightThreadsGivesIdenticalResults() throws Exception {
        DigestParser parser = DigestParser.builder().build();
        List<String> inputs = new ArrayList<>();
        inputs.add(sample());
        Path corpus = SharedCorpus.find();
        if (corpus != null) {
            for (Path p : SharedCorpus.markdown(corpus.resolve("upstream"))) {
                inputs.add(Files.readString(p));
            }
        }
        List<Digest> expected = new ArrayList<>();
        for (String s : inputs) {
            expected.add(parser.parse(s));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                final int offset = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < inputs.size(); i++) {
                        int k = (i + offset) % inputs.size();
                        if (!expected.get(k).equals(parser.parse(inputs.get(k)))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void arxivIds() {
        ArxivId a = ArxivId.parse("2512.21349v2").orElseThrow();
        assertEquals("2512.21349", a.id());
        assertEquals(OptionalInt.of(2), a.version());
        assertEquals(ArxivId.parse("2512.21349").orElseThrow(), a);
        assertEquals("https://arxiv.org/abs/2512.21349v2", a.absUrl());
        assertEquals("https://arxiv.org/pdf/2512.21349v2", a.pdfUrl());
        ArxivId old = ArxivId.fromUrl("http://arxiv.org/abs/hep-th/9901001").orElseThrow();
        assertTrue(old.isOldStyle());
        assertEquals("hep-th/9901001", old.toString());
        assertEquals(Optional.of("math.GT/0309136"), ArxivId.parse("math.GT/0309136").map(ArxivId::toString));
        assertEquals("2401.12345", ArxivId.fromUrl("https://arxiv.org/pdf/2401.12345.pdf").orElseThrow().id());
        assertFalse(ArxivId.fromUrl("https://doi.org/10.1000/182").isPresent());
        assertFalse(ArxivId.parse("2512.213").isPresent());
        assertFalse(ArxivId.parse("2512.21349v").isPresent());
        assertNotEquals(a, ArxivId.parse("2512.21348").orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> new ArxivId("nope", OptionalInt.empty()));
    }

    @Test
    void builderRejectsBadConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> DigestParser.builder().maxProblems(0));
        assertThrows(IllegalArgumentException.class, () -> DigestParser.builder().maxPapers(0));
        assertThrows(NullPointerException.class, () -> DigestParser.builder().build().parse((String) null));
        assertThrows(IllegalArgumentException.class, () -> DigestParser.builder().addLabelAlias("  ", dev.arxivdigest.model.Field.TLDR));
    }

    @Test
    void limitsBecomeProblemsNotExceptions() {
        String text = ProblemPositionsTest.THREE;
        Digest d = DigestParser.builder().maxPapers(2).build().parse(text);
        assertEquals(2, d.papers().size());
        assertTrue(d.problems().stream().anyMatch(p -> p.code().equals("limit-exceeded")));
        Digest capped = DigestParser.builder().maxProblems(1).build()
                .parse(text.replace("TL;DR: tldr 2\n", "").replace("TL;DR: tldr 3\n", ""));
        assertEquals(List.of("paper-missing-tldr", "too-many-problems"),
                capped.problems().stream().map(p -> p.code()).toList());
        Digest shortInput = DigestParser.builder().maxInputLength(500).build().parse(text);
        assertTrue(shortInput.problems().stream().anyMatch(p -> p.code().equals("limit-exceeded")));
    }
}
