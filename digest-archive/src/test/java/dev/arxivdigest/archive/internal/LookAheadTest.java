package dev.arxivdigest.archive.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link LookAhead}: results in input order, never more than the look-ahead started ahead of the consumer, errors passed on. */
class LookAheadTest {

    @Test
    void resultsComeInInputOrderWithBoundedLookAhead() throws Exception {
        List<Integer> inputs = IntStream.range(0, 200).boxed().toList();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger consumed = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        List<Integer> out = new ArrayList<>();
        try (LookAhead<Integer, Integer> la = new LookAhead<>(inputs, i -> {
            int ahead = started.incrementAndGet() - consumed.get();
            maxAhead.accumulateAndGet(ahead, Math::max);
            try {
                Thread.sleep((i * 7) % 3); // later inputs sometimes finish first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return i * 2;
        }, 4, 5)) {
            while (la.hasNext()) {
                out.add(la.next());
                consumed.incrementAndGet();
            }
        }
        assertEquals(inputs.stream().map(i -> i * 2).toList(), out);
        assertTrue(maxAhead.get() <= 6, "started ahead of the consumer: " + maxAhead.get());
    }

    @Test
    void closingStopsTheWork() {
        AtomicInteger started = new AtomicInteger();
        LookAhead<Integer, Integer> la = new LookAhead<>(IntStream.range(0, 1000).boxed().toList(), i -> {
            started.incrementAndGet();
            return i;
        }, 2, 3);
        assertEquals(0, la.next());
        la.close();
        assertFalse(la.hasNext());
        assertTrue(started.get() <= 5, "started: " + started.get());
    }

    @Test
    void aFailureReachesTheConsumer() {
        try (LookAhead<Integer, Integer> la = new LookAhead<>(List.of(1, 2, 3), i -> {
            if (i == 2) {
                throw new IllegalStateException("boom " + i);
            }
            return i;
        }, 2, 2)) {
            assertEquals(1, la.next());
            IllegalStateException e = assertThrows(IllegalStateException.class, la::next);
            assertEquals("boom 2", e.getMessage());
            assertFalse(la.hasNext());
        }
    }
}
