package dev.arxivdigest.json;

import dev.arxivdigest.json.JsonValue.JsonObject;
import dev.arxivdigest.model.PaperId;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One record of a JSONL file, as upstream's generator (and its forks) write them: every key as
 * written, with typed views of upstream's own keys.
 *
 * <p>Upstream's keys: {@code id}, {@code categories}, {@code pdf}, {@code abs}, {@code authors},
 * {@code title}, {@code comment}, {@code summary}, {@code AI} ({@code tldr}, {@code motivation},
 * {@code method}, {@code result}, {@code conclusion}) and, for papers with code, {@code code_url},
 * {@code code_stars} and {@code code_last_update}. Any other key a fork adds is in
 * {@link #extras()} (top level) or {@link #aiExtras()} (inside {@code AI}), as its JSON value. A key
 * whose value is {@code null} or of another type than upstream writes reads as absent in the typed
 * views and stays in {@link #fields()} as written.
 *
 * <p>Immutable and thread-safe.
 *
 * @param fields the record's object, keys in the order written
 * @param line the record's line in its file, 1-based
 */
public record PaperRecord(JsonObject fields, int line) {

    /** Upstream's top-level keys. */
    public static final Set<String> UPSTREAM_KEYS =
            Set.of("id", "categories", "pdf", "abs", "authors", "title", "comment", "summary", "AI",
                    "code_url", "code_stars", "code_last_update");

    /** Upstream's keys inside {@code AI}. */
    public static final Set<String> UPSTREAM_AI_KEYS = Set.of("tldr", "motivation", "method", "result", "conclusion");

    /**
     * Validates.
     *
     * @param fields the record's object, keys in the order written
     * @param line the record's line in its file, 1-based
     * @throws NullPointerException if {@code fields} is null
     * @throws IllegalArgumentException if {@code line} is below 1
     */
    public PaperRecord {
        Objects.requireNonNull(fields, "fields");
        if (line < 1) {
            throw new IllegalArgumentException("bad line " + line);
        }
    }

    /** {@return the {@code id} as written, such as {@code 2603.06648}} */
    public Optional<String> id() {
        return fields.text("id");
    }

    /**
     * Returns the paper's identifier: read from {@code id}, else from {@code abs}, else from
     * {@code pdf} (see {@link PaperId#parse(String)}).
     *
     * @return the identifier, or empty if the record names no paper
     */
    public Optional<PaperId> paperId() {
        for (String key : List.of("id", "abs", "pdf")) {
            Optional<PaperId> id = fields.text(key).flatMap(PaperId::parse);
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    /** {@return every category, main first; empty if the record has none} */
    public List<String> categories() {
        return fields.get("categories").map(JsonValue::asTexts).orElse(List.of());
    }

    /** {@return the PDF link} */
    public Optional<String> pdf() {
        return fields.text("pdf");
    }

    /** {@return the abstract page's link} */
    public Optional<String> abs() {
        return fields.text("abs");
    }

    /** {@return the authors, in order; empty if the record has none} */
    public List<String> authors() {
        return fields.get("authors").map(JsonValue::asTexts).orElse(List.of());
    }

    /** {@return the title} */
    public Optional<String> title() {
        return fields.text("title");
    }

    /** {@return arXiv's comment (pages, venue), often absent} */
    public Optional<String> comment() {
        return fields.text("comment");
    }

    /** {@return the abstract} */
    public Optional<String> summary() {
        return fields.text("summary");
    }

    /** {@return the link to the paper's code ({@code code_url})} */
    public Optional<String> codeUrl() {
        return fields.text("code_url");
    }

    /** {@return the code repository's stars ({@code code_stars}), if written as an integer} */
    public OptionalLong codeStars() {
        Optional<JsonValue> v = fields.get("code_stars");
        if (v.isPresent() && v.get() instanceof JsonValue.JsonNumber n) {
            try {
                return OptionalLong.of(n.decimal().longValueExact());
            } catch (ArithmeticException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    /** {@return the date of the code's last update ({@code code_last_update}), if written as {@code YYYY-MM-DD}} */
    public Optional<LocalDate> codeLastUpdate() {
        try {
            return fields.text("code_last_update").map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@return the {@code AI} object; empty if the record has none} */
    public JsonObject ai() {
        return fields.get("AI").filter(JsonObject.class::isInstance).map(JsonObject.class::cast).orElse(JsonObject.EMPTY);
    }

    /**
     * Returns a text of the {@code AI} object.
     *
     * @param key the key, such as {@code tldr}
     * @return the text, or empty if absent or not a string
     */
    public Optional<String> ai(String key) {
        return ai().text(key);
    }

    /** {@return the TL;DR ({@code AI.tldr})} */
    public Optional<String> tldr() {
        return ai("tldr");
    }

    /** {@return the keys at the top level that upstream does not write, in order} */
    public JsonObject extras() {
        return fields.without(UPSTREAM_KEYS);
    }

    /** {@return the keys inside {@code AI} that upstream does not write, in order} */
    public JsonObject aiExtras() {
        return ai().without(UPSTREAM_AI_KEYS);
    }
}
