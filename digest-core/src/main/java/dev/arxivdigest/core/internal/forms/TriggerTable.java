package dev.arxivdigest.core.internal.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A list of forms indexed by the characters that can start them ({@link Form#triggers()}), so that a
 * line is offered only to the forms its first character can start: most lines start with a letter
 * that starts none, and are turned away by one array read.
 *
 * @param <F> the kind of form
 */
final class TriggerTable<F extends Form> {

    private final F[][] ascii;
    private final F[] others;

    /**
     * Indexes forms by their triggers.
     *
     * @param forms the forms, in the order they are to be tried
     * @param array makes an array of forms
     */
    TriggerTable(List<? extends F> forms, IntFunction<F[]> array) {
        @SuppressWarnings("unchecked")
        F[][] byChar = (F[][]) new Form[128][];
        List<F> nonAscii = new ArrayList<>();
        for (char c = 0; c < 128; c++) {
            List<F> starting = new ArrayList<>();
            for (F f : forms) {
                if (f.triggers().indexOf(c) >= 0) {
                    starting.add(f);
                }
            }
            byChar[c] = starting.toArray(array.apply(0));
        }
        for (F f : forms) {
            if (f.triggers().chars().anyMatch(c -> c >= 128)) {
                nonAscii.add(f);
            }
        }
        this.ascii = byChar;
        this.others = nonAscii.toArray(array.apply(0));
    }

    /**
     * {@return the forms a line starting with {@code c} may be of, in order; for a character beyond
     * ASCII, the forms that have such a trigger, each of which must still check it}
     */
    F[] candidates(char c) {
        return c < 128 ? ascii[c] : others;
    }

    /** {@return whether {@code f}, one of the {@link #candidates} for {@code c}, can start with it} */
    static boolean triggeredBy(Form f, char c) {
        return c < 128 || f.triggers().indexOf(c) >= 0;
    }
}
