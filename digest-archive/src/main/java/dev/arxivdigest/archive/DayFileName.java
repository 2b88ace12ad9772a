package dev.arxivdigest.archive;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a file's name says it is within an archive: the markdown digest or a records file of one day.
 * The archive lists its days with these rules, and so can a tool that lists files itself (the Spark
 * reader does): {@code DATE.md} (any name with a date, ending {@code .md}),
 * {@code DATE_AI_enhanced_LANG.jsonl}, {@code DATE.source.jsonl} and {@code DATE.jsonl}, the date
 * being the first real {@code YYYY-MM-DD} of the name that is not part of a longer number, as
 * {@code DigestParser.parse(Path)} reads it.
 *
 * @param kind what the file is
 * @param date the day it is for
 */
public record DayFileName(Kind kind, LocalDate date) {

    /** What a file is; among the records files of one day, the lowest {@linkplain #rank() rank} is read. */
    public enum Kind {
        /** {@code DATE.md}: a markdown digest. */
        MARKDOWN(0),
        /** {@code DATE_AI_enhanced_LANG.jsonl}: upstream's records with the AI summaries. */
        ENHANCED_RECORDS(0),
        /** {@code DATE.source.jsonl}: a fork's records. */
        SOURCE_RECORDS(1),
        /** {@code DATE.jsonl}: upstream's records before the AI summaries. */
        RAW_RECORDS(2);

        private final int rank;

        Kind(int rank) {
            this.rank = rank;
        }

        /** {@return the rank among a day's records files; lower is preferred} */
        public int rank() {
            return rank;
        }
    }

    /**
     * Validates.
     *
     * @param kind what the file is
     * @param date the day it is for
     * @throws NullPointerException if a component is null
     */
    public DayFileName {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
    }

    /**
     * Recognises a file name.
     *
     * @param name the file name, without directories
     * @return what it is, or empty for a file that is not part of a day
     */
    public static Optional<DayFileName> recognise(String name) {
        LocalDate date = firstDate(name);
        if (date == null) {
            return Optional.empty();
        }
        if (name.endsWith(".md")) {
            return Optional.of(new DayFileName(Kind.MARKDOWN, date));
        }
        int at = name.indexOf(date.toString());
        String rest = at < 0 ? "" : name.substring(at + 10);
        if (rest.startsWith("_AI_enhanced_") && rest.endsWith(".jsonl")) {
            return Optional.of(new DayFileName(Kind.ENHANCED_RECORDS, date));
        }
        if (rest.equals(".source.jsonl")) {
            return Optional.of(new DayFileName(Kind.SOURCE_RECORDS, date));
        }
        if (rest.equals(".jsonl")) {
            return Optional.of(new DayFileName(Kind.RAW_RECORDS, date));
        }
        return Optional.empty();
    }

    /** The first {@code YYYY-MM-DD} in a name that is a real date and not part of a longer number, or null. */
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
