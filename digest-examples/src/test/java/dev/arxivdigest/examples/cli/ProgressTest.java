package dev.arxivdigest.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arxivdigest.core.ParsedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final ParsedFile UNREADABLE =
            new ParsedFile(Path.of("x.md"), Optional.empty(), Optional.of(new IOException("gone")));

    /** Calls accept {@code perThread} times from each of {@code threads} threads at once. */
    private static void hammer(Progress progress, int threads, int perThread) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> pool = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < perThread; i++) {
                    progress.accept(UNREADABLE);
                }
            });
            pool.add(th);
            th.start();
        }
        start.countDown();
        for (Thread th : pool) {
            th.join();
        }
    }

    @Test
    void plainLinesFromManyThreadsAreWholeAndAtMostOnePerTenth() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Progress progress = new Progress(err, false, 8 * 1000);
        hammer(progress, 8, 1000);
        progress.clear();
        List<String> expected = new ArrayList<>();
        for (int tenth = 1; tenth <= 10; tenth++) {
            expected.add("parsed " + tenth * 800 + "/8000 files");
        }
        assertEquals(expected, bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void terminalRedrawsAreThrottledButTheLastIsAlwaysDrawn() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        AtomicLong now = new AtomicLong();
        Progress progress = new Progress(err, true, 4000, now::get);
        hammer(progress, 4, 1000);
        String s = bytes.toString(StandardCharsets.UTF_8);
        // The clock never moves: the first update and the last are drawn, nothing in between.
        assertEquals(List.of("", "[....................] 1/4000 files  0 B",
                "[####################] 4000/4000 files  0 B"), List.of(s.split("\r", -1)));
        progress.clear();
        String cleared = bytes.toString(StandardCharsets.UTF_8).substring(s.length());
        assertTrue(cleared.matches("\r {43}\r"), cleared);
        progress.clear();
        assertEquals(s + cleared, bytes.toString(StandardCharsets.UTF_8), "a second clear writes nothing");
    }

    @Test
    void oneFileReportsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        for (boolean terminal : new boolean[] {false, true}) {
            Progress progress = new Progress(err, terminal, 1);
            progress.accept(UNREADABLE);
            progress.clear();
        }
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void sizes() {
        assertEquals("0 B", Progress.size(0));
        assertEquals("999 B", Progress.size(999));
        assertEquals("1.0 kB", Progress.size(1000));
        assertEquals("3.1 MB", Progress.size(3_100_000));
        assertEquals("1.0 MB", Progress.size(999_960));
        assertEquals("2.5 GB", Progress.size(2_500_000_000L));
    }
}
