package dev.arxivdigest.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A key is its name and its value type. */
class KeyIdentityTest {

    @Test
    void oneNameWithTwoTypesIsTwoKeys() {
        assertNotEquals(Key.of("x", Integer.class), Key.of("x", String.class));
        assertNotEquals(Key.ofList("x", String.class), Key.ofList("x", Integer.class));
        assertNotEquals(Key.ofList("x", String.class), Key.of("x", String.class));
        assertNotEquals(Key.of("x"), Key.of("x", String.class), "an untyped key is not a typed one");
    }

    @Test
    void sameNameAndTypeIsOneKey() {
        assertEquals(Key.of("x", Integer.class), Key.of("x", Integer.class));
        assertEquals(Key.of("x", Integer.class).hashCode(), Key.of("x", Integer.class).hashCode());
        assertEquals(Key.ofList("x", String.class), Key.ofList("x", String.class));
        assertEquals(Key.of("x"), new Key<String>("x"));
    }

    @Test
    void attributesKeepOneValuePerTypedKey() {
        Key<Integer> pages = Key.of("com.example.pages", Integer.class);
        Key<String> pagesText = Key.of("com.example.pages", String.class);
        Attributes a = new Attributes(java.util.Map.of(pages, 12, pagesText, "twelve"));
        assertEquals(12, a.get(pages).orElseThrow());
        assertEquals("twelve", a.get(pagesText).orElseThrow());
    }

    @Test
    void toStringNamesTheType() {
        assertEquals("x (Integer)", Key.of("x", Integer.class).toString());
        assertEquals("x (List<String>)", Key.ofList("x", String.class).toString());
        assertEquals("x", Key.of("x").toString());
    }

    @Test
    void componentsAreRequired() {
        assertThrows(NullPointerException.class, () -> Key.of("x", null));
        assertThrows(NullPointerException.class, () -> Key.ofList("x", null));
        assertThrows(IllegalArgumentException.class, () -> Key.of(" ", String.class));
        assertEquals(List.class, Key.ofList("x", String.class).type());
        assertEquals(String.class, Key.ofList("x", String.class).elementType());
    }
}
