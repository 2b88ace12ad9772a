package dev.arxivdigest.spark.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Recognises the files of a day by name, with the archive's rules ({@code DayFiles} in
 * digest-archive, which keeps them package-private): {@code DATE.md}, {@code DATE_AI_enhanced_LANG.jsonl},
 * {@code DATE.source.jsonl}, {@code DATE.jsonl}, the date being the first real {@code YYYY-MM-DD} of
 * the name that is not part of a longer number.
 */
public final class FileNames {

    private FileNames() {
    }

    /** What a file name says a file is; a lower rank is preferred among records files. */
    public enum Kind {
        /** A markdown digest. */
        MARKDOWN(0),
        /** Upstream's records with the AI summaries. */
        ENHANCED_RECORDS(0),
        /** A fork's records. */
        SOURCE_RECORDS(1),
        /** Upstream's records before the AI summaries. */
        RAW_RECORDS(2);

        private final int rank;

        Kind(int rank) {
            this.rank = rank;
        }

        /** {@return the rank among records files, lower is preferred} */
        public int rank() {
            return rank;
        }
    }

    /**
     * A recognised file name.
     *
     * @param kind what the file is
     * @param date the day it is for
     */
    public record Named(Kind kind, LocalDate date) {
    }

    /**
     * Recognises a file name.
     *
     * @param name the file name, without directories
     * @return what it is, or empty for a file that is not part of a day
     */
    public static Optional<Named> recognise(String name) {
        LocalDate date = firstDate(name);
        if (date == null) {
            return Optional.empty();
        }
        if (name.endsWith(".md")) {
            return Optional.of(new Named(Kind.MARKDOWN, date));
        }
        int at = name.indexOf(date.toString());
        String rest = at < 0 ? "" : name.substring(at + 10);
        if (rest.startsWith("_AI_enhanced_") && rest.endsWith(".jsonl")) {
            return Optional.of(new Named(Kind.ENHANCED_RECORDS, date));
        }
        if (rest.equals(".source.jsonl")) {
            return Optional.of(new Named(Kind.SOURCE_RECORDS, date));
        }
        if (rest.equals(".jsonl")) {
            return Optional.of(new Named(Kind.RAW_RECORDS, date));
        }
        return Optional.empty();
    }

    private static LocalDate firstDate(String t) {
        for (int i = 0; i + 10 <= t.length(); i++) {
            if (digit(t, i) && (i == 0 || !digit(t, i - 1)) && digit(t, i + 1) && digit(t, i + 2) && digit(t, i + 3)
                    && t.charAt(i + 4) == '-' && digit(t, i + 5) && digit(t, i + 6) && t.charAt(i + 7) == '-'
                    && digit(t, i + 8) && digit(t, i + 9) && (i + 10 == t.length() || !digit(t, i + 10))) {
                try {
                    return LocalDate.parse(t.substring(i, i + 10));
                } catch (DateTimeException notADate) {
                    // keep looking
                }
            }
        }
        return null;
    }

    private static boolean digit(String s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }
}
