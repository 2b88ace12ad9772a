package dev.arxivdigest.archive;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How far a reader has got in an archive: per source, the last day it has read. A daily tracker
 * keeps it between runs and asks {@link DigestArchive#since(Watermark)} for the papers first seen
 * after it, so that it gets each new paper exactly once.
 *
 * <p>Written as a short string, {@code wm1:SOURCE=DATE,SOURCE=DATE} (sources sorted, names
 * URL-encoded), for example {@code wm1:forkA=2026-03-09,upstream=2026-03-10}; {@code wm1:} is the
 * empty watermark. {@link #parse(String)} reads it back.
 *
 * <p>Immutable and thread-safe.
 *
 * @param days per source, the last day read
 */
public record Watermark(Map<String, LocalDate> days) {

    /** The watermark of a reader that has read nothing. */
    public static final Watermark EMPTY = new Watermark(Map.of());

    private static final String PREFIX = "wm1:";

    /**
     * Copies, sorted by source.
     *
     * @param days per source, the last day read
     * @throws NullPointerException if the map, a source or a date is null
     * @throws IllegalArgumentException if a source name is blank
     */
    public Watermark {
        TreeMap<String, LocalDate> copy = new TreeMap<>();
        days.forEach((s, d) -> {
            if (Objects.requireNonNull(s, "source").isBlank()) {
                throw new IllegalArgumentException("blank source name");
            }
            copy.put(s, Objects.requireNonNull(d, "date"));
        });
        days = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the last day read of a source.
     *
     * @param source the source
     * @return the day, or empty if nothing of it has been read
     */
    public Optional<LocalDate> day(String source) {
        return Optional.ofNullable(days.get(Objects.requireNonNull(source, "source")));
    }

    /**
     * Tells whether a day of a source has been read.
     *
     * @param source the source
     * @param date the day
     * @return true if {@code date} is on or before the source's last day read
     */
    public boolean covers(String source, LocalDate date) {
        LocalDate last = days.get(source);
        return last != null && !date.isAfter(last);
    }

    /**
     * Returns this watermark advanced to a day of a source (never moved back).
     *
     * @param source the source
     * @param date the day read
     * @return the watermark
     */
    public Watermark advance(String source, LocalDate date) {
        if (covers(source, date)) {
            return this;
        }
        TreeMap<String, LocalDate> next = new TreeMap<>(days);
        next.put(source, date);
        return new Watermark(next);
    }

    /**
     * Reads a watermark written by {@link #toString()}.
     *
     * @param text the text, such as {@code wm1:upstream=2026-03-10}
     * @return the watermark
     * @throws IllegalArgumentException with a message saying what is wrong, if {@code text} is not a watermark
     */
    public static Watermark parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        if (!s.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a watermark (it starts with \"" + PREFIX + "\"): \"" + abbreviate(s) + "\"");
        }
        TreeMap<String, LocalDate> days = new TreeMap<>();
        String body = s.substring(PREFIX.length());
        if (body.isEmpty()) {
            return EMPTY;
        }
        for (String entry : body.split(",", -1)) {
            int eq = entry.lastIndexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("bad watermark entry \"" + abbreviate(entry) + "\": expected SOURCE=YYYY-MM-DD");
            }
            String source;
            try {
                source = URLDecoder.decode(entry.substring(0, eq), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad source name in watermark entry \"" + abbreviate(entry) + "\"", e);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(entry.substring(eq + 1));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("bad date in watermark entry \"" + abbreviate(entry) + "\": expected YYYY-MM-DD", e);
            }
            if (source.isBlank() || days.put(source, date) != null) {
                throw new IllegalArgumentException("blank or repeated source in watermark entry \"" + abbreviate(entry) + "\"");
            }
        }
        return new Watermark(days);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /** {@return the watermark as a short string, {@code wm1:SOURCE=DATE,...}} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(PREFIX);
        days.forEach((s, d) -> {
            if (sb.length() > PREFIX.length()) {
                sb.append(',');
            }
            sb.append(URLEncoder.encode(s, StandardCharsets.UTF_8)).append('=').append(d);
        });
        return sb.toString();
    }
}
