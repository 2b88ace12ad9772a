package dev.arxivdigest.core;

import dev.arxivdigest.model.Problem;

import java.util.List;

/**
 * Thrown by a parser in strict mode ({@link DigestParser.Builder#strict(boolean)}) when the input
 * has problems of severity {@code WARNING} or {@code ERROR}. Carries every problem found.
 *
 * <p>A parser in the default, tolerant mode never throws this: it reports problems on the
 * {@link dev.arxivdigest.model.Digest} instead.
 */
public final class DigestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems every problem found; copied
     */
    public DigestException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem found, in document order, those of severity INFO included} */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        Problem first = null;
        int count = 0;
        for (Problem p : problems) {
            if (p.severity() != dev.arxivdigest.model.Severity.INFO) {
                count++;
                if (first == null) {
                    first = p;
                }
            }
        }
        return count + " problem" + (count == 1 ? "" : "s") + " in strict mode" + (first == null ? "" : "; first: " + first);
    }
}
