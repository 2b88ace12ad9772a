package dev.arxivdigest.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed values that section extractors attached to a {@link Paper} or {@link Details}.
 *
 * <p>Immutable and thread-safe; iteration follows insertion order.
 *
 * @param values the values by key; copied
 */
public record Attributes(Map<Key<?>, Object> values) {

    /** No attributes. */
    public static final Attributes EMPTY = new Attributes(Map.of());

    /**
     * Copies the values.
     *
     * @param values the values by key; copied
     * @throws NullPointerException if the map, a key or a value is null
     */
    public Attributes {
        Objects.requireNonNull(values, "values");
        LinkedHashMap<Key<?>, Object> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value")));
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the value stored under a key.
     *
     * @param key the key
     * @param <T> the value's type
     * @return the value, or empty if no extractor stored one
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> get(Key<T> key) {
        return Optional.ofNullable((T) values.get(Objects.requireNonNull(key, "key")));
    }

    /** {@return true if no value is stored} */
    public boolean isEmpty() {
        return values.isEmpty();
    }
}
