package dev.arxivdigest.core.internal;

import java.time.LocalDate;

/** Finds dates written {@code yyyy-mm-dd}. Stateless. */
public final class Dates {

    private Dates() {
    }

    /** {@return the first valid date written yyyy-mm-dd in the text, or null} */
    public static LocalDate find(String s) {
        return ParseSession.findDate(s, 0, s.length());
    }
}
