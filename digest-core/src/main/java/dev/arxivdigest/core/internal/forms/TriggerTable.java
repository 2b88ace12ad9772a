package dev.arxivdigest.core.internal.forms;

import java.util.List;
import java.util.function.IntFunction;

/**
 * A list of forms indexed by the characters that can start them ({@link Form#triggers()}), so that a
 * line is offered only to the forms its first character can start: most lines start with a letter
 * that starts none, and are turned away by one array read. Immutable.
 *
 * @param <F> the kind of form
 */
final class TriggerTable<F extends Form> {

    /** The forms each ASCII character can start. */
    private final F[][] ascii;
    /** The triggers beyond ASCII (a handful, looked through in turn), and the forms each can start. */
    private final char[] otherChars;
    private final F[][] otherForms;
    private final F[] none;

    /**
     * Indexes forms by their triggers.
     *
     * @param forms the forms, in the order they are to be tried
     * @param array makes an array of forms
     */
    @SuppressWarnings("unchecked")
    TriggerTable(List<? extends F> forms, IntFunction<F[]> array) {
        StringBuilder others = new StringBuilder();
        for (F f : forms) {
            f.triggers().chars().filter(c -> c >= 128 && others.indexOf(String.valueOf((char) c)) < 0)
                    .forEach(c -> others.append((char) c));
        }
        this.otherChars = others.toString().toCharArray();
        this.ascii = (F[][]) new Form[128][];
        for (char c = 0; c < 128; c++) {
            ascii[c] = startingWith(forms, c, array);
        }
        this.otherForms = (F[][]) new Form[otherChars.length][];
        for (int k = 0; k < otherChars.length; k++) {
            otherForms[k] = startingWith(forms, otherChars[k], array);
        }
        this.none = array.apply(0);
    }

    private static <F extends Form> F[] startingWith(List<? extends F> forms, char c, IntFunction<F[]> array) {
        return forms.stream().filter(f -> f.triggers().indexOf(c) >= 0).toArray(array);
    }

    /** {@return the forms a line starting with {@code c} may be of, in order; empty if none can start with it} */
    F[] candidates(char c) {
        if (c < 128) {
            return ascii[c];
        }
        for (int k = 0; k < otherChars.length; k++) {
            if (otherChars[k] == c) {
                return otherForms[k];
            }
        }
        return none;
    }
}
