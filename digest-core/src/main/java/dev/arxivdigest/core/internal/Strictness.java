package dev.arxivdigest.core.internal;

import dev.arxivdigest.core.DigestException;
import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.Severity;

import java.util.List;

/** The one strict-mode check, for parsing and streaming alike. Stateless. */
public final class Strictness {

    private Strictness() {
    }

    /**
     * Throws if a problem is a warning or an error.
     *
     * @param problems every problem of a digest
     * @throws DigestException carrying every problem, if one has severity WARNING or more
     */
    public static void check(List<Problem> problems) {
        for (Problem p : problems) {
            if (p.severity().compareTo(Severity.WARNING) >= 0) {
                throw new DigestException(problems);
            }
        }
    }
}
