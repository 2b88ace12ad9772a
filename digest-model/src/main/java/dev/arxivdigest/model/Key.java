package dev.arxivdigest.model;

import java.util.Objects;

/**
 * A typed key under which a section extractor stores a value on a {@link Paper} or {@link Details},
 * read back with {@link Paper#get(Key)}.
 *
 * <p>Keys are equal when their names are equal; use a namespaced name (for example
 * {@code com.example.funding}) for keys of your own. The type parameter is not checked at run time:
 * two keys with the same name must be declared with the same type.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the key's unique name
 * @param <T> the type of the value stored under this key
 */
public record Key<T>(String name) {

    /**
     * Validates the key.
     *
     * @param name the key's unique name
     * @throws NullPointerException if the name is null
     * @throws IllegalArgumentException if the name is blank
     */
    public Key {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank key name");
        }
    }

    /**
     * Creates a key.
     *
     * @param name the key's unique name
     * @param <T> the type of the value stored under the key
     * @return the key
     */
    public static <T> Key<T> of(String name) {
        return new Key<>(name);
    }
}
