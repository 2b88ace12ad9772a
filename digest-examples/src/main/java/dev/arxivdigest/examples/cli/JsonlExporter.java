package dev.arxivdigest.examples.cli;

import dev.arxivdigest.json.JsonValue;
import dev.arxivdigest.json.JsonValue.JsonArray;
import dev.arxivdigest.json.JsonValue.JsonBoolean;
import dev.arxivdigest.json.JsonValue.JsonNull;
import dev.arxivdigest.json.JsonValue.JsonNumber;
import dev.arxivdigest.json.JsonValue.JsonObject;
import dev.arxivdigest.json.JsonValue.JsonString;
import dev.arxivdigest.json.JsonWriter;
import dev.arxivdigest.model.Attributes;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Key;
import dev.arxivdigest.model.Link;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.PaperId;
import dev.arxivdigest.model.Section;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Turns the papers of a digest into JSON Lines: one object per paper, in document order, written
 * with the project's JSON codec ({@code digest-json}), so that {@code RecordsReader} reads back
 * what is exported.
 *
 * <p>Keys, in this order: {@code id} (the paper's {@link PaperId}, as upstream's records write it: the
 * arXiv id without version, else the DOI, else the link), {@code title}, {@code authors},
 * {@code categories} (every category the paper's line shows, main first),
 * {@code abs}, {@code summary}, {@code AI} (tldr, motivation, method, result, conclusion),
 * {@code idx}, {@code sections} (label → text), {@code lists} (label → items, for list sections),
 * {@code tags} (label → the tags glued to the value's start, {@code [Arch-Infra][11.0] …}),
 * {@code links} (every link the paper shows besides its title's, as {@code {"text", "url"}} objects,
 * in document order), {@code extras} (key name → the typed value an extractor stored) and {@code line}. On duplicate
 * labels or keys the first, in document order, wins; values on the paper come before those on its
 * details block.
 */
final class JsonlExporter {

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
        return JsonWriter.toString(toJson(paper));
    }

    /** {@return the JSON object of one paper, keys in a fixed order} */
    JsonObject toJson(Paper paper) {
        LinkedHashMap<String, JsonValue> o = new LinkedHashMap<>();
        o.put("id", text(paper.id().map(PaperId::value)));
        o.put("title", new JsonString(paper.title()));
        o.put("authors", texts(paper.authors()));
        o.put("categories", texts(paper.categories()));
        o.put("abs", new JsonString(paper.link()));
        o.put("summary", text(paper.abstractText()));
        LinkedHashMap<String, JsonValue> ai = new LinkedHashMap<>();
        ai.put("tldr", text(paper.tldr()));
        ai.put("motivation", text(paper.motivation()));
        ai.put("method", text(paper.method()));
        ai.put("result", text(paper.result()));
        ai.put("conclusion", text(paper.conclusion()));
        o.put("AI", new JsonObject(ai));
        o.put("idx", text(paper.index()));
        LinkedHashMap<String, JsonValue> sections = new LinkedHashMap<>();
        for (Section s : paper.allSections()) {
            sections.putIfAbsent(s.label(), new JsonString(s.text()));
        }
        o.put("sections", new JsonObject(sections));
        LinkedHashMap<String, JsonValue> lists = new LinkedHashMap<>();
        for (Section s : paper.allSections()) {
            if (!s.items().isEmpty() && !lists.containsKey(s.label())) {
                lists.put(s.label(), texts(s.items()));
            }
        }
        o.put("lists", new JsonObject(lists));
        LinkedHashMap<String, JsonValue> tags = new LinkedHashMap<>();
        for (Section s : paper.allSections()) {
            if (!s.tags().isEmpty() && !tags.containsKey(s.label())) {
                tags.put(s.label(), texts(s.tags()));
            }
        }
        o.put("tags", new JsonObject(tags));
        List<JsonValue> links = new ArrayList<>();
        for (Link l : paper.links()) {
            LinkedHashMap<String, JsonValue> link = new LinkedHashMap<>();
            link.put("text", new JsonString(l.text()));
            link.put("url", new JsonString(l.url()));
            links.add(new JsonObject(link));
        }
        o.put("links", new JsonArray(links));
        LinkedHashMap<String, JsonValue> extras = new LinkedHashMap<>();
        putExtras(extras, paper.attributes());
        paper.details().ifPresent(d -> putExtras(extras, d.attributes()));
        o.put("extras", new JsonObject(extras));
        o.put("line", new JsonNumber(Integer.toString(paper.line())));
        return new JsonObject(o);
    }

    private static void putExtras(Map<String, JsonValue> extras, Attributes attributes) {
        for (Map.Entry<Key<?>, Object> e : attributes.values().entrySet()) {
            if (!extras.containsKey(e.getKey().name())) {
                extras.put(e.getKey().name(), value(e.getValue(), 0));
            }
        }
    }

    /** Nesting past which a value is written as its {@code toString()}: guards against cycles. */
    private static final int MAX_DEPTH = 16;

    /**
     * Converts an extracted value: strings, numbers and booleans to scalars, lists, sets and arrays
     * to arrays, maps and records (by their components) to objects, optionals to their value or
     * null, anything else to its {@code toString()}. Numbers are written as Jackson writes them.
     */
    static JsonValue value(Object v, int depth) {
        if (v == null) {
            return JsonNull.INSTANCE;
        }
        if (depth > MAX_DEPTH) {
            return new JsonString(String.valueOf(v));
        }
        if (v instanceof CharSequence || v instanceof Character) {
            return new JsonString(v.toString());
        }
        if (v instanceof Boolean b) {
            return new JsonBoolean(b);
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return new JsonNumber(Integer.toString(((Number) v).intValue()));
        }
        if (v instanceof Long l) {
            return new JsonNumber(Long.toString(l));
        }
        if (v instanceof Double d) {
            return Double.isFinite(d) ? new JsonNumber(Double.toString(d)) : new JsonString(d.toString());
        }
        if (v instanceof Float x) {
            return Float.isFinite(x) ? new JsonNumber(Float.toString(x)) : new JsonString(x.toString());
        }
        if (v instanceof BigDecimal d) {
            return new JsonNumber(d.toString());
        }
        if (v instanceof BigInteger i) {
            return new JsonNumber(i.toString());
        }
        if (v instanceof Optional<?> o) {
            return o.isPresent() ? value(o.get(), depth + 1) : JsonNull.INSTANCE;
        }
        if (v instanceof OptionalInt o) {
            return o.isPresent() ? new JsonNumber(Integer.toString(o.getAsInt())) : JsonNull.INSTANCE;
        }
        if (v instanceof OptionalLong o) {
            return o.isPresent() ? new JsonNumber(Long.toString(o.getAsLong())) : JsonNull.INSTANCE;
        }
        if (v instanceof OptionalDouble o) {
            return o.isPresent() ? value(o.getAsDouble(), depth + 1) : JsonNull.INSTANCE;
        }
        if (v instanceof Iterable<?> it) {
            List<JsonValue> a = new ArrayList<>();
            for (Object x : it) {
                a.add(value(x, depth + 1));
            }
            return new JsonArray(a);
        }
        if (v.getClass().isArray()) {
            List<JsonValue> a = new ArrayList<>();
            for (int i = 0, n = Array.getLength(v); i < n; i++) {
                a.add(value(Array.get(v, i), depth + 1));
            }
            return new JsonArray(a);
        }
        if (v instanceof Map<?, ?> m) {
            LinkedHashMap<String, JsonValue> o = new LinkedHashMap<>();
            m.forEach((k, x) -> o.put(String.valueOf(k), value(x, depth + 1)));
            return new JsonObject(o);
        }
        if (v instanceof Enum<?> e) {
            return new JsonString(e.name());
        }
        if (v.getClass().isRecord()) {
            LinkedHashMap<String, JsonValue> o = new LinkedHashMap<>();
            for (RecordComponent c : v.getClass().getRecordComponents()) {
                Object x;
                try {
                    java.lang.reflect.Method accessor = c.getAccessor();
                    if (!accessor.canAccess(v) && !accessor.trySetAccessible()) {
                        return new JsonString(v.toString());
                    }
                    x = accessor.invoke(v);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return new JsonString(v.toString());
                }
                o.put(c.getName(), value(x, depth + 1));
            }
            return new JsonObject(o);
        }
        return new JsonString(v.toString());
    }

    private static JsonValue text(Optional<String> value) {
        return value.<JsonValue>map(JsonString::new).orElse(JsonNull.INSTANCE);
    }

    private static JsonValue texts(List<String> values) {
        return new JsonArray(values.stream().<JsonValue>map(JsonString::new).toList());
    }
}
