package dev.arxivdigest.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON value as read from a record: a string, a number (kept as written), a boolean, null, an
 * array or an object (keys in the order written). Lets a record keep every key a fork adds, typed,
 * without a data-binding library.
 *
 * <p>Every implementation is an immutable record, thread-safe, with no null component.
 */
public sealed interface JsonValue {

    /** {@return the text, if this is a string} */
    default Optional<String> asText() {
        return Optional.empty();
    }

    /** {@return the elements, if this is an array; empty otherwise} */
    default List<JsonValue> asArray() {
        return List.of();
    }

    /** {@return the texts of the string elements, if this is an array (other elements skipped); else the text alone, if a string} */
    default List<String> asTexts() {
        return List.of();
    }

    /** {@return true for JSON {@code null}} */
    default boolean isNull() {
        return false;
    }

    /**
     * A JSON string.
     *
     * @param value the text
     */
    record JsonString(String value) implements JsonValue {
        /**
         * Validates.
         *
         * @param value the text
         * @throws NullPointerException if {@code value} is null
         */
        public JsonString {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Optional<String> asText() {
            return Optional.of(value);
        }

        @Override
        public List<String> asTexts() {
            return List.of(value);
        }
    }

    /**
     * A JSON number, kept as written so that no digit is lost.
     *
     * @param text the number as written, such as {@code 7}, {@code -0.5} or {@code 1e3}
     */
    record JsonNumber(String text) implements JsonValue {
        /**
         * Validates.
         *
         * @param text the number as written
         * @throws NullPointerException if {@code text} is null
         * @throws NumberFormatException if {@code text} is not a number
         */
        public JsonNumber {
            Objects.requireNonNull(text, "text");
            new BigDecimal(text);
        }

        /** {@return the exact value} */
        public BigDecimal decimal() {
            return new BigDecimal(text);
        }

        /** {@return the value as a double (rounded if need be)} */
        public double doubleValue() {
            return decimal().doubleValue();
        }
    }

    /**
     * A JSON boolean.
     *
     * @param value the value
     */
    record JsonBoolean(boolean value) implements JsonValue {
    }

    /** JSON {@code null}. */
    record JsonNull() implements JsonValue {
        /** The one null value. */
        public static final JsonNull INSTANCE = new JsonNull();

        @Override
        public boolean isNull() {
            return true;
        }
    }

    /**
     * A JSON array.
     *
     * @param elements the elements, in order
     */
    record JsonArray(List<JsonValue> elements) implements JsonValue {
        /**
         * Copies.
         *
         * @param elements the elements, in order
         * @throws NullPointerException if {@code elements} or one of them is null
         */
        public JsonArray {
            elements = List.copyOf(elements);
        }

        @Override
        public List<JsonValue> asArray() {
            return elements;
        }

        @Override
        public List<String> asTexts() {
            return elements.stream().flatMap(e -> e.asText().stream()).toList();
        }
    }

    /**
     * A JSON object.
     *
     * @param members the members, keys in the order written
     */
    record JsonObject(Map<String, JsonValue> members) implements JsonValue {
        /** The empty object. */
        public static final JsonObject EMPTY = new JsonObject(Map.of());

        /**
         * Copies, keeping the order.
         *
         * @param members the members, keys in the order written
         * @throws NullPointerException if {@code members}, a key or a value is null
         */
        public JsonObject {
            LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>();
            members.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value")));
            members = Collections.unmodifiableMap(copy);
        }

        /**
         * Returns a member.
         *
         * @param key the key
         * @return the value, or empty if the object has no such key
         */
        public Optional<JsonValue> get(String key) {
            return Optional.ofNullable(members.get(Objects.requireNonNull(key, "key")));
        }

        /**
         * Returns a member's text.
         *
         * @param key the key
         * @return the text, or empty if the member is absent or not a string
         */
        public Optional<String> text(String key) {
            return get(key).flatMap(JsonValue::asText);
        }

        /**
         * Returns the members whose keys are not among {@code known}, in order.
         *
         * @param known the keys to leave out
         * @return the other members
         */
        public JsonObject without(java.util.Collection<String> known) {
            LinkedHashMap<String, JsonValue> rest = new LinkedHashMap<>(members);
            rest.keySet().removeAll(known);
            return new JsonObject(rest);
        }
    }
}
