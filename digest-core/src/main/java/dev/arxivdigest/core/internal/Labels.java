package dev.arxivdigest.core.internal;

import dev.arxivdigest.model.Field;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The alias table that maps labels, as written in any dialect, to canonical fields (its words are
 * in {@link Vocabulary}). Immutable once built; lookups normalise case, surrounding symbols and a
 * parenthesised gloss.
 */
public final class Labels {

    private final Map<String, Field> table;

    private Labels(Map<String, Field> table) {
        this.table = table;
    }

    /** {@return a table over normalised labels; the vocabulary ({@link Vocabulary}) holds the words} */
    static Labels of(Map<String, Field> normalizedTable) {
        return new Labels(normalizedTable);
    }

    private static final Optional<Field> NONE = Optional.empty();
    private static final java.util.EnumMap<Field, Optional<Field>> SHARED = new java.util.EnumMap<>(Field.class);

    static {
        for (Field f : Field.values()) {
            SHARED.put(f, Optional.of(f));
        }
    }

    /** A label as the parser keeps it: one String instance per distinct label, and its field. */
    public record Entry(String label, Optional<Field> field) {
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Entry> memo =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** {@return the shared {@code Optional} of a field, so a parse does not allocate one per section} */
    public static Optional<Field> shared(Field f) {
        return SHARED.get(f);
    }

    /** Looks a label up, returning a shared instance of the label text with its field. */
    public Entry entry(String label) {
        Entry e = memo.get(label);
        if (e == null) {
            e = new Entry(label, lookupUncached(label));
            if (memo.size() < 4096) {
                Entry prior = memo.putIfAbsent(label, e);
                if (prior != null) {
                    e = prior;
                }
            }
        }
        return e;
    }

    /** {@return whether the label as written (normalised) is in the table, without the gloss rules} */
    public boolean isExact(String label) {
        return table.containsKey(normalizeCached(label));
    }

    /** Looks a label up: as written, then without a parenthesised gloss, then the gloss alone. */
    public Optional<Field> lookup(String label) {
        return entry(label).field();
    }

    private Optional<Field> lookupUncached(String label) {
        String n = normalize(label);
        Field f = table.get(n);
        if (f != null) {
            return shared(f);
        }
        if (n.isEmpty()) {
            return NONE;
        }
        int open = indexOfAny(n, '(', '（');
        if (open > 0) {
            f = table.get(n.substring(0, open).strip());
            if (f != null) {
                return shared(f);
            }
            int close = indexOfAny(n, ')', '）');
            if (close > open) {
                f = table.get(n.substring(open + 1, close).strip());
                if (f != null) {
                    return shared(f);
                }
            }
        }
        return NONE;
    }

    static int indexOfAny(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == a || c == b) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Normalises a label for lookup: drops leading and trailing symbols (emoji, markup), folds case
     * and inner runs of white space.
     */
    public static String normalize(String label) {
        int start = 0;
        int end = label.length();
        while (start < end && !isWordChar(label.codePointAt(start))) {
            start += Character.charCount(label.codePointAt(start));
        }
        while (end > start && !isWordChar(label.codePointBefore(end)) && !isCloser(label.charAt(end - 1))) {
            end -= Character.charCount(label.codePointBefore(end));
        }
        StringBuilder sb = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = label.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** {@link #normalize}, memoised for the few constant labels extractors compare against. */
    static String normalizeCached(String label) {
        String n = CACHE.get(label);
        if (n == null) {
            n = normalize(label);
            if (CACHE.size() < 4096) {
                CACHE.putIfAbsent(label, n);
            }
        }
        return n;
    }

    private static boolean isCloser(char c) {
        return c == ')' || c == '）';
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp);
    }
}
