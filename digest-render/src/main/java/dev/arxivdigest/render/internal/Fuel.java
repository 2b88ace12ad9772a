package dev.arxivdigest.render.internal;

/**
 * The text given to the markdown engine, with a work budget: every character read costs one unit,
 * and reading past the budget throws {@link Exhausted}. flexmark reads its input through
 * {@code charAt} (its regular expressions included), so this bounds its work on inputs it would
 * otherwise backtrack on for minutes, such as {@code [} followed by a run of backslashes.
 * A sub-sequence draws on the same budget. One budget per call; not thread-safe.
 */
final class Fuel implements CharSequence {

    /** Reads allowed per input character, on top of {@link #BASE}: normal text needs about 15. */
    static final int PER_CHAR = 200;
    /** Reads allowed whatever the length. */
    static final int BASE = 100_000;

    /** Thrown when the budget is spent; carries no stack trace. */
    static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exhausted() {
            super("markdown engine exceeded its work budget", null, false, false);
        }
    }

    /** The reads left, shared by a sequence and its sub-sequences. */
    private static final class Budget {
        long left;

        Budget(long left) {
            this.left = left;
        }
    }

    private final String text;
    private final Budget budget;

    Fuel(String text) {
        this(text, new Budget(BASE + (long) PER_CHAR * text.length()));
    }

    private Fuel(String text, Budget budget) {
        this.text = text;
        this.budget = budget;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        if (--budget.left < 0) {
            throw new Exhausted();
        }
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new Fuel(text.substring(start, end), budget);
    }

    @Override
    public String toString() {
        return text;
    }
}
