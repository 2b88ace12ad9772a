package dev.arxivdigest.core;

import dev.arxivdigest.model.ArxivId;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Key;
import dev.arxivdigest.model.Paper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paper lookup by every written form of an id; typed keys; parseAll on a given executor with failing callbacks. */
class LookupAndBatchTest {

    private static final String MD = "### [1] [First](https://arxiv.org/abs/2512.21349v2)\n*A*\n\nTL;DR: one\n\n"
            + "### [2] [Second](https://arxiv.org/abs/hep-th/9901001)\n*B*\n\nTL;DR: two\n";

    @Test
    void paperLookupAcceptsIdsPrefixesAndLinks() {
        Digest d = DigestParser.builder().build().parse(MD);
        for (String id : List.of("2512.21349", "2512.21349v1", "arXiv:2512.21349", "ARXIV:2512.21349v2", " arxiv: 2512.21349 ",
                "https://arxiv.org/abs/2512.21349", "https://arxiv.org/pdf/2512.21349v2.pdf", "http://export.arxiv.org/abs/2512.21349",
                "https://doi.org/10.48550/arXiv.2512.21349")) {
            assertEquals("First", d.paper(id).map(Paper::title).orElse("(none)"), id);
        }
        assertEquals("Second", d.paper("arXiv:hep-th/9901001").map(Paper::title).orElse("(none)"));
        assertEquals("First", d.paper(ArxivId.parse("2512.21349").orElseThrow()).map(Paper::title).orElse("(none)"));
        for (String none : List.of("2512.99999", "arXiv:", "not an id", "https://example.com/abs/2512.21349", "")) {
            assertEquals(Optional.empty(), d.paper(none), none);
        }
    }

    @Test
    void oneNameWithTwoTypesGivesEachReaderItsOwnValue() {
        Key<Integer> pages = Key.of("test.pages", Integer.class);
        Key<String> pagesText = Key.of("test.pages", String.class);
        DigestParser parser = DigestParser.builder()
                .addExtractor(SectionExtractor.of(pages, s -> s.labelIs("TL;DR"), (s, p) -> Optional.of(s.text().length())))
                .addExtractor(SectionExtractor.of(pagesText, s -> s.labelIs("Pages"), (s, p) -> Optional.of(s.text())))
                .build();
        Paper first = parser.parse("### [1] [First](https://arxiv.org/abs/2512.21349)\n*A*\n\nTL;DR: one\n\nPages: twelve\n")
                .papers().get(0);
        assertEquals(Optional.of(3), first.get(pages));
        assertEquals(Optional.of("twelve"), first.get(pagesText));
    }

    static List<Path> files(Path dir, int n) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = dir.resolve("d" + i + ".md");
            Files.writeString(f, MD.replace("First", "First of " + i));
            files.add(f);
        }
        return files;
    }

    @Test
    void aThrowingCallbackIsReportedOnItsFileAndTheOthersGoOn(@TempDir Path dir) throws IOException {
        List<Path> files = files(dir, 8);
        AtomicInteger calls = new AtomicInteger();
        RuntimeException boom = new IllegalStateException("progress bar broke");
        List<ParsedFile> results = DigestParser.builder().build().parseAll(files, r -> {
            calls.incrementAndGet();
            if (r.path().getFileName().toString().equals("d3.md")) {
                throw boom;
            }
        });
        assertEquals(8, calls.get());
        assertEquals(8, results.size());
        for (int i = 0; i < 8; i++) {
            ParsedFile r = results.get(i);
            assertEquals("First of " + i, r.digest().orElseThrow().papers().get(0).title());
            assertEquals(i == 3, r.callbackFailure().isPresent(), r.path().toString());
        }
        assertSame(boom, results.get(3).callbackFailure().orElseThrow());
    }

    @Test
    void runsOnTheGivenExecutor(@TempDir Path dir) throws IOException {
        List<Path> files = files(dir, 6);
        AtomicInteger tasks = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "caller-pool"));
        try {
            List<String> threads = java.util.Collections.synchronizedList(new ArrayList<>());
            List<ParsedFile> results = DigestParser.builder().build().parseAll(files,
                    r -> threads.add(Thread.currentThread().getName()), command -> {
                        tasks.incrementAndGet();
                        pool.execute(command);
                    });
            assertEquals(6, tasks.get());
            assertEquals(6, results.size());
            assertTrue(threads.stream().allMatch("caller-pool"::equals), threads.toString());
            assertEquals("First of 5", results.get(5).digest().orElseThrow().papers().get(0).title());
            assertFalse(pool.isShutdown(), "the caller's executor is not shut down");
        } finally {
            pool.shutdownNow();
        }
        List<ParsedFile> onCaller = DigestParser.builder().build().parseAll(files, r -> { }, Runnable::run);
        assertEquals("First of 0", onCaller.get(0).digest().orElseThrow().papers().get(0).title());
    }

    @Test
    void aRejectedTaskIsThatFilesError(@TempDir Path dir) throws IOException {
        List<Path> files = files(dir, 3);
        AtomicInteger n = new AtomicInteger();
        List<ParsedFile> results = DigestParser.builder().build().parseAll(files, r -> { }, command -> {
            if (n.getAndIncrement() == 1) {
                throw new RejectedExecutionException("full");
            }
            command.run();
        });
        assertTrue(results.get(0).digest().isPresent());
        assertTrue(results.get(1).error().orElseThrow() instanceof RejectedExecutionException);
        assertTrue(results.get(2).digest().isPresent());
    }
}
