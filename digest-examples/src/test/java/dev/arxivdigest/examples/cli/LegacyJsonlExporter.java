package dev.arxivdigest.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arxivdigest.model.Attributes;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Key;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.PaperId;
import dev.arxivdigest.model.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The JSONL export as it was written before it moved onto digest-json (Jackson data binding): the
 * oracle that {@link JsonlByteIdentityTest} holds the export to, byte for byte. Its keys' content
 * follows the export's (issue 10: {@code id} is the paper's {@code PaperId}, {@code categories} every
 * category of the line), so that the test keeps checking the codec alone.
 *
 * <p>Keys, in this order: {@code id}, {@code title}, {@code authors}, {@code categories},
 * {@code abs}, {@code summary}, {@code AI} (tldr, motivation, method, result, conclusion),
 * {@code idx}, {@code sections} (label → text), {@code lists} (label → items, for list sections),
 * {@code extras} (key name → the typed value an extractor stored) and {@code line}. On duplicate
 * labels or keys the first, in document order, wins; values on the paper come before those on its
 * details block.
 */
final class LegacyJsonlExporter {

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * Writes one JSON object per paper, each followed by {@code \n}.
     *
     * @param digest the digest
     * @param out where to write
     * @throws IOException if writing fails
     */
    void write(Digest digest, Appendable out) throws IOException {
        for (Paper paper : digest.papers()) {
            out.append(line(paper)).append('\n');
        }
    }

    /** {@return the JSON object of one paper, on a single line} */
    String line(Paper paper) {
        try {
            return mapper.writeValueAsString(toJson(paper));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the JSON object of one paper, keys in a fixed order} */
    ObjectNode toJson(Paper paper) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", paper.id().map(PaperId::value).orElse(null));
        o.put("title", paper.title());
        ArrayNode authors = o.putArray("authors");
        paper.authors().forEach(authors::add);
        ArrayNode categories = o.putArray("categories");
        paper.categories().forEach(categories::add);
        o.put("abs", paper.link());
        o.put("summary", paper.abstractText().orElse(null));
        ObjectNode ai = o.putObject("AI");
        put(ai, "tldr", paper.tldr());
        put(ai, "motivation", paper.motivation());
        put(ai, "method", paper.method());
        put(ai, "result", paper.result());
        put(ai, "conclusion", paper.conclusion());
        o.put("idx", paper.index().orElse(null));
        ObjectNode sections = o.putObject("sections");
        for (Section s : paper.allSections()) {
            if (!sections.has(s.label())) {
                sections.put(s.label(), s.text());
            }
        }
        ObjectNode lists = o.putObject("lists");
        for (Section s : paper.allSections()) {
            if (!s.items().isEmpty() && !lists.has(s.label())) {
                ArrayNode items = lists.putArray(s.label());
                s.items().forEach(items::add);
            }
        }
        ObjectNode tags = o.putObject("tags");
        for (Section s : paper.allSections()) {
            if (!s.tags().isEmpty() && !tags.has(s.label())) {
                ArrayNode t = tags.putArray(s.label());
                s.tags().forEach(t::add);
            }
        }
        ArrayNode links = o.putArray("links");
        for (dev.arxivdigest.model.Link l : paper.links()) {
            ObjectNode link = links.addObject();
            link.put("text", l.text());
            link.put("url", l.url());
        }
        ObjectNode extras = o.putObject("extras");
        putExtras(extras, paper.attributes());
        paper.details().ifPresent(d -> putExtras(extras, d.attributes()));
        o.put("line", paper.line());
        return o;
    }

    private static void putExtras(ObjectNode extras, Attributes attributes) {
        for (Map.Entry<Key<?>, Object> e : attributes.values().entrySet()) {
            if (!extras.has(e.getKey().name())) {
                extras.set(e.getKey().name(), value(e.getValue(), 0));
            }
        }
    }

    /** Nesting past which a value is written as its {@code toString()}: guards against cycles. */
    private static final int MAX_DEPTH = 16;

    /**
     * Converts an extracted value: strings, numbers and booleans to scalars, lists, sets and arrays
     * to arrays, maps and records (by their components) to objects, optionals to their value or
     * null, anything else to its {@code toString()}.
     */
    static JsonNode value(Object v, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (v == null) {
            return f.nullNode();
        }
        if (depth > MAX_DEPTH) {
            return f.textNode(String.valueOf(v));
        }
        if (v instanceof CharSequence || v instanceof Character) {
            return f.textNode(v.toString());
        }
        if (v instanceof Boolean b) {
            return f.booleanNode(b);
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return f.numberNode(((Number) v).intValue());
        }
        if (v instanceof Long l) {
            return f.numberNode(l);
        }
        if (v instanceof Double d) {
            return Double.isFinite(d) ? f.numberNode(d) : f.textNode(d.toString());
        }
        if (v instanceof Float x) {
            return Float.isFinite(x) ? f.numberNode(x) : f.textNode(x.toString());
        }
        if (v instanceof BigDecimal d) {
            return f.numberNode(d);
        }
        if (v instanceof BigInteger i) {
            return f.numberNode(i);
        }
        if (v instanceof Optional<?> o) {
            return o.isPresent() ? value(o.get(), depth + 1) : f.nullNode();
        }
        if (v instanceof OptionalInt o) {
            return o.isPresent() ? f.numberNode(o.getAsInt()) : f.nullNode();
        }
        if (v instanceof OptionalLong o) {
            return o.isPresent() ? f.numberNode(o.getAsLong()) : f.nullNode();
        }
        if (v instanceof OptionalDouble o) {
            return o.isPresent() ? value(o.getAsDouble(), depth + 1) : f.nullNode();
        }
        if (v instanceof Iterable<?> it) {
            ArrayNode a = f.arrayNode();
            for (Object x : it) {
                a.add(value(x, depth + 1));
            }
            return a;
        }
        if (v.getClass().isArray()) {
            ArrayNode a = f.arrayNode();
            for (int i = 0, n = Array.getLength(v); i < n; i++) {
                a.add(value(Array.get(v, i), depth + 1));
            }
            return a;
        }
        if (v instanceof Map<?, ?> m) {
            ObjectNode o = f.objectNode();
            m.forEach((k, x) -> o.set(String.valueOf(k), value(x, depth + 1)));
            return o;
        }
        if (v instanceof Enum<?> e) {
            return f.textNode(e.name());
        }
        if (v.getClass().isRecord()) {
            ObjectNode o = f.objectNode();
            for (RecordComponent c : v.getClass().getRecordComponents()) {
                Object x;
                try {
                    java.lang.reflect.Method accessor = c.getAccessor();
                    if (!accessor.canAccess(v) && !accessor.trySetAccessible()) {
                        return f.textNode(v.toString());
                    }
                    x = accessor.invoke(v);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return f.textNode(v.toString());
                }
                o.set(c.getName(), value(x, depth + 1));
            }
            return o;
        }
        return f.textNode(v.toString());
    }

    private static void put(ObjectNode node, String key, Optional<String> value) {
        node.put(key, value.orElse(null));
    }
}
