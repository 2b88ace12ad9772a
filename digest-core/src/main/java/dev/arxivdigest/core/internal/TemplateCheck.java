package dev.arxivdigest.core.internal;

import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The stage that judges each paper against its neighbours, after it is built and before it is
 * delivered: what it lacks (authors, fields, summary, details...) is judged against every earlier
 * paper and the next one, so a fork that never writes a field is not told it misses it. Holds one
 * paper until its successor is known; a paper is made once, with every problem. Not thread-safe.
 *
 * @param <C> the category a paper is delivered with
 */
final class TemplateCheck<C> {

    /** Receives each judged paper, in document order. */
    @FunctionalInterface
    interface Delivery<C> {
        /**
         * Takes a paper.
         *
         * @param category the category it is in
         * @param paper the paper, with every problem
         */
        void deliver(C category, Paper paper);
    }

    private final ProblemLog sink;
    private final Delivery<C> delivery;
    private Finished<C> held;
    private PaperBuilder.Shape previous;

    TemplateCheck(ProblemLog sink, Delivery<C> delivery) {
        this.sink = sink;
        this.delivery = delivery;
    }

    /** A built paper waiting for its successor. */
    private record Finished<C>(PaperBuilder builder, PaperBuilder.Built built, boolean truncated, C category,
                               PaperBuilder.Shape shape) {
    }

    /**
     * Takes a built paper; delivers the one before it, now that its successor is known.
     *
     * @param builder the paper's builder, for its shape and what it lacks
     * @param built the paper's parts
     * @param truncated whether the input ended inside it (then it is not judged)
     * @param category the category it is in
     */
    void add(PaperBuilder builder, PaperBuilder.Built built, boolean truncated, C category) {
        Finished<C> next = new Finished<>(builder, built, truncated, category, builder.shape());
        if (held != null) {
            judge(held, previous == null ? next.shape() : previous.union(next.shape()));
            previous = previous == null ? held.shape() : previous.union(held.shape());
        }
        held = next;
    }

    /** Delivers the last paper, judged against the papers before it (or the template if it is alone). */
    void finish() {
        if (held != null) {
            judge(held, previous == null ? PaperBuilder.Shape.CANONICAL : previous);
            held = null;
        }
    }

    private void judge(Finished<C> f, PaperBuilder.Shape expected) {
        List<Problem> problems = f.builder().problems();
        if (!f.truncated()) {
            List<Problem> missing = f.builder().missing(f.shape(), expected);
            if (!missing.isEmpty()) {
                problems = new ArrayList<>(problems);
                for (Problem p : missing) {
                    if (sink.add(p)) {
                        problems.add(p);
                    }
                }
                problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            }
        }
        delivery.deliver(f.category(), f.built().paper(problems));
    }
}
