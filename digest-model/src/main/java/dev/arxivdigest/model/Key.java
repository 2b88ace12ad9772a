package dev.arxivdigest.model;

import java.util.List;
import java.util.Objects;

/**
 * A typed key under which a section extractor stores a value on a {@link Paper} or {@link Details},
 * read back with {@link Paper#get(Key)}.
 *
 * <p>A key's identity is its name and its value type: {@code Key.of("x", Integer.class)} and
 * {@code Key.of("x", String.class)} are different keys, so two extractors that reuse one name with
 * different types store two values, and each reader gets the value of its own type instead of a
 * {@code ClassCastException}. Use a namespaced name (for example {@code com.example.funding}) for
 * keys of your own. {@link #ofList(String, Class)} makes a key for a list of values (its type is
 * {@code List} of that element type). {@link #of(String)} makes an untyped key (type
 * {@code Object}): equal only to other untyped keys of that name, and unchecked, as keys were
 * before; prefer a typed one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the key's name
 * @param type the class of the value stored under the key ({@code List} for a list key,
 *     {@code Object} for an untyped one)
 * @param elementType the class of the list's elements for a list key, else {@code Object}
 * @param <T> the type of the value stored under this key
 */
public record Key<T>(String name, Class<?> type, Class<?> elementType) {

    /**
     * Validates the key.
     *
     * @param name the key's name
     * @param type the class of the value stored under the key
     * @param elementType the class of the list's elements for a list key, else {@code Object}
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the name is blank
     */
    public Key {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(elementType, "elementType");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank key name");
        }
    }

    /**
     * Creates an untyped key, as {@link #of(String)} does.
     *
     * @param name the key's name
     * @throws NullPointerException if the name is null
     * @throws IllegalArgumentException if the name is blank
     */
    public Key(String name) {
        this(name, Object.class, Object.class);
    }

    /**
     * Creates an untyped key, equal only to other untyped keys of the same name; prefer
     * {@link #of(String, Class)}.
     *
     * @param name the key's name
     * @param <T> the type of the value stored under the key, not checked
     * @return the key
     */
    public static <T> Key<T> of(String name) {
        return new Key<>(name, Object.class, Object.class);
    }

    /**
     * Creates a key for values of one class.
     *
     * @param name the key's name
     * @param type the class of the values
     * @param <T> the type of the value stored under the key
     * @return the key
     */
    public static <T> Key<T> of(String name, Class<T> type) {
        return new Key<>(name, type, Object.class);
    }

    /**
     * Creates a key for a list of values of one class.
     *
     * @param name the key's name
     * @param elementType the class of the list's elements
     * @param <E> the type of the list's elements
     * @return the key
     */
    public static <E> Key<List<E>> ofList(String name, Class<E> elementType) {
        return new Key<>(name, List.class, elementType);
    }

    /** {@return the name, with the value type unless the key is untyped} */
    @Override
    public String toString() {
        if (type == Object.class) {
            return name;
        }
        return name + " (" + type.getSimpleName()
                + (type == List.class ? "<" + elementType.getSimpleName() + ">" : "") + ")";
    }
}
