package dev.arxivdigest.core.internal;

import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.ProblemCode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one parse, up to a cap; not thread-safe. */
final class ProblemLog {

    private final int max;
    private final List<Problem> all = new ArrayList<>();
    private boolean capped;

    ProblemLog(int max) {
        this.max = max;
    }

    /** Records a problem; returns false (and records the cap once) when the cap is reached. */
    boolean add(Problem p) {
        if (all.size() >= max) {
            if (!capped) {
                capped = true;
                all.add(Problem.of(ProblemCode.TOO_MANY_PROBLEMS, p.line(), p.column(),
                        "more than " + max + " problems; the rest are not recorded"));
            }
            return false;
        }
        all.add(p);
        return true;
    }

    List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(all);
        copy.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return copy;
    }
}
