package dev.arxivdigest.render.internal;

/**
 * A linear pre-check that keeps fragments shaped like flexmark's known crash and slow inputs away
 * from it: very long fragments, deep block quotes or list indentation, and long runs or heavy use of
 * the characters its inline parser backtracks on. Stateless.
 */
final class Guard {

    /** Longest run of one delimiter character allowed. */
    static final int MAX_RUN = 32;
    /** Most delimiter characters allowed in one fragment. */
    static final int MAX_DELIMITERS = 4_000;
    /** Deepest block quote or list nesting allowed at a line start. */
    static final int MAX_DEPTH = 16;

    private Guard() {
    }

    /** {@return why the fragment must not be given to the engine, or null if it may} */
    static String check(String s, int maxLength) {
        int n = s.length();
        if (n > maxLength) {
            return "fragment longer than " + maxLength + " characters";
        }
        int run = 0;
        char runChar = 0;
        int delimiters = 0;
        boolean lineStart = true;
        int depth = 0;
        int indent = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                lineStart = true;
                depth = 0;
                indent = 0;
                run = 0;
                continue;
            }
            if (lineStart) {
                if (c == '>') {
                    if (++depth > MAX_DEPTH) {
                        return "block quotes nested deeper than " + MAX_DEPTH;
                    }
                    continue;
                }
                if (c == ' ' || c == '\t') {
                    indent += c == '\t' ? 4 : 1;
                    if (indent > 4 * MAX_DEPTH) {
                        return "indentation deeper than " + (4 * MAX_DEPTH) + " columns";
                    }
                    continue;
                }
                lineStart = false;
            }
            if (isDelimiter(c)) {
                delimiters++;
                if (delimiters > MAX_DELIMITERS) {
                    return "more than " + MAX_DELIMITERS + " markdown delimiters";
                }
                run = c == runChar ? run + 1 : 1;
                runChar = c;
                if (run > MAX_RUN) {
                    return "a run of more than " + MAX_RUN + " '" + c + "'";
                }
            } else {
                run = 0;
                runChar = 0;
            }
        }
        return null;
    }

    private static boolean isDelimiter(char c) {
        return c == '[' || c == ']' || c == '(' || c == ')' || c == '*' || c == '_' || c == '`' || c == '\\'
                || c == '<' || c == '>' || c == '!' || c == '~' || c == '|' || c == '&';
    }
}
