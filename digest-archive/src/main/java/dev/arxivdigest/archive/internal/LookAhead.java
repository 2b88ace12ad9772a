package dev.arxivdigest.archive.internal;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies a function to a list of inputs on a pool of threads, at most {@code lookAhead} inputs
 * ahead of the consumer, and hands the results back in input order. Memory is bounded by
 * {@code lookAhead} results. Not thread-safe: one consumer. Close it to stop the threads.
 *
 * @param <T> the input type
 * @param <R> the result type
 */
public final class LookAhead<T, R> implements Iterator<R>, AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final List<T> inputs;
    private final Function<T, R> work;
    private final int lookAhead;
    private final ExecutorService pool;
    private final ArrayDeque<Future<R>> pending = new ArrayDeque<>();
    private int submitted;
    private boolean closed;

    /**
     * Starts working on the first inputs.
     *
     * @param inputs the inputs, in order
     * @param work the function, applied on the pool's threads
     * @param threads the number of threads, at least 1
     * @param lookAhead how many results may wait, at least 1
     */
    public LookAhead(List<T> inputs, Function<T, R> work, int threads, int lookAhead) {
        this.inputs = List.copyOf(inputs);
        this.work = work;
        this.lookAhead = Math.max(1, lookAhead);
        int n = Math.max(1, Math.min(threads, this.inputs.size()));
        int pool = POOLS.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "digest-archive-" + pool + "-" + thread.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        fill();
    }

    private void fill() {
        while (!closed && pending.size() < lookAhead && submitted < inputs.size()) {
            T input = inputs.get(submitted++);
            pending.add(pool.submit(() -> work.apply(input)));
        }
        if (submitted == inputs.size() && pending.isEmpty()) {
            pool.shutdown();
        }
    }

    @Override
    public boolean hasNext() {
        return !closed && !pending.isEmpty();
    }

    @Override
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Future<R> head = pending.poll();
        R r;
        try {
            r = head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while reading ahead", e);
        } catch (ExecutionException e) {
            close();
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (CancellationException e) {
            throw new NoSuchElementException("closed");
        }
        fill();
        return r;
    }

    /** Cancels the work not yet handed out and stops the threads. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Future<R> f : pending) {
            f.cancel(true);
        }
        pending.clear();
        pool.shutdownNow();
    }
}
