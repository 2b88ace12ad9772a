package dev.arxivdigest.testsupport;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;

/**
 * Time bounds for work done on the calling thread, measured in that thread's CPU time: other
 * processes on a loaded machine and the collector's own threads do not count, so a bound trips on
 * the work itself, not on the machine's load (a wall-clock bound once failed a fuzz test with
 * "parse took 2115 ms for 0 bytes"). Where the JVM cannot measure a thread's CPU time, wall-clock
 * time is used instead and every budget is multiplied by {@link #WALL_CLOCK_SLACK}.
 *
 * <pre>{@code
 * long start = ThreadTime.start();
 * Digest d = PARSER.parse(input);
 * ThreadTime.assertWithin(start, 2_000_000_000L + 200_000L * input.length, () -> "parse of " + input.length + " bytes");
 * }</pre>
 *
 * <p>Thread-safe: each call reads the calling thread's clock; a start and its check must be made on
 * the same thread. No argument may be null.
 */
public final class ThreadTime {

    /** How many times a budget is widened when only wall-clock time can be measured. */
    public static final int WALL_CLOCK_SLACK = 5;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

    private ThreadTime() {
    }

    /** {@return whether the calling thread's CPU time is measured (false: wall-clock time, with slack)} */
    public static boolean measuresCpuTime() {
        return CPU;
    }

    /** {@return the calling thread's clock now, in nanoseconds, to pass to {@link #assertWithin}} */
    public static long start() {
        return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /**
     * Fails if the work since {@code start} took more than {@code budgetNanos} of the calling
     * thread's CPU time ({@link #WALL_CLOCK_SLACK} times that of wall-clock time where CPU time
     * cannot be measured).
     *
     * @param start from {@link #start()}, on this thread
     * @param budgetNanos the budget, in nanoseconds of CPU time
     * @param work what was done, for the message (such as "parse of 12 bytes"), made only on failure
     * @throws AssertionError if the budget was exceeded
     */
    public static void assertWithin(long start, long budgetNanos, Supplier<String> work) {
        long elapsed = start() - start;
        long budget = CPU ? budgetNanos : budgetNanos * WALL_CLOCK_SLACK;
        if (elapsed > budget) {
            throw new AssertionError(work.get() + " took " + elapsed / 1_000_000 + " ms of "
                    + (CPU ? "the thread's CPU time" : "wall-clock time") + ", over its budget of " + budget / 1_000_000 + " ms");
        }
    }
}
