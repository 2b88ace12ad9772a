package dev.arxivdigest.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.arxivdigest.json.JsonValue.JsonArray;
import dev.arxivdigest.json.JsonValue.JsonBoolean;
import dev.arxivdigest.json.JsonValue.JsonNull;
import dev.arxivdigest.json.JsonValue.JsonNumber;
import dev.arxivdigest.json.JsonValue.JsonObject;
import dev.arxivdigest.json.JsonValue.JsonString;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;

/**
 * Writes {@link JsonValue}s as compact JSON with Jackson's streaming generator: one line, keys in
 * their order, numbers as written, strings escaped as Jackson escapes them. What
 * {@link RecordsReader} reads back from a line this writes is the same value.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonWriter() {
    }

    /**
     * Writes a value to a character stream, which is neither flushed nor closed.
     *
     * @param value the value
     * @param out where to write
     * @throws IOException if writing fails
     */
    public static void write(JsonValue value, Writer out) throws IOException {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
            write(value, g);
        }
    }

    /**
     * Writes a value to a string.
     *
     * @param value the value
     * @return the JSON text, on one line
     */
    public static String toString(JsonValue value) {
        StringWriter out = new StringWriter();
        try {
            write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes a value through a generator (Jackson stays out of the API). */
    private static void write(JsonValue value, JsonGenerator g) throws IOException {
        if (value instanceof JsonString s) {
            g.writeString(s.value());
        } else if (value instanceof JsonNumber n) {
            g.writeNumber(n.text());
        } else if (value instanceof JsonBoolean b) {
            g.writeBoolean(b.value());
        } else if (value instanceof JsonNull) {
            g.writeNull();
        } else if (value instanceof JsonArray a) {
            g.writeStartArray();
            for (JsonValue e : a.elements()) {
                write(e, g);
            }
            g.writeEndArray();
        } else {
            g.writeStartObject();
            for (Map.Entry<String, JsonValue> m : ((JsonObject) value).members().entrySet()) {
                g.writeFieldName(m.getKey());
                write(m.getValue(), g);
            }
            g.writeEndObject();
        }
    }
}
