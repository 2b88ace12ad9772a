package dev.arxivdigest.examples.cli.archive;

import dev.arxivdigest.archive.ArchivedPaper;
import dev.arxivdigest.archive.Sighting;
import dev.arxivdigest.archive.UniquePaper;
import dev.arxivdigest.json.JsonValue;
import dev.arxivdigest.json.JsonValue.JsonArray;
import dev.arxivdigest.json.JsonValue.JsonNull;
import dev.arxivdigest.json.JsonValue.JsonNumber;
import dev.arxivdigest.json.JsonValue.JsonObject;
import dev.arxivdigest.json.JsonValue.JsonString;
import dev.arxivdigest.json.PaperRecord;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.PaperId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON object {@code digest archive export} writes for a paper: upstream's record keys
 * ({@code id}, {@code categories}, {@code pdf}, {@code abs}, {@code authors}, {@code title},
 * {@code comment}, {@code summary}, {@code AI}), the code keys when the record has them, the
 * record's other keys (a fork's own), then {@code date}, {@code source}, {@code category} and
 * {@code position} of the sighting; for a unique paper, also {@code sightings}.
 *
 * <p>Values the digest shows are written as the digest shows them; a value it does not show is
 * taken from the record, else {@code null}.
 */
final class ArchiveJson {

    private static final List<String> AI = List.of("tldr", "motivation", "method", "result", "conclusion");

    private ArchiveJson() {
    }

    /** {@return the object for one sighting of a paper} */
    static JsonObject paper(ArchivedPaper p) {
        LinkedHashMap<String, JsonValue> o = body(p);
        sighting(o, p.sighting());
        return new JsonObject(o);
    }

    /** {@return the object for a unique paper: its content, its first sighting and all its sightings} */
    static JsonObject unique(UniquePaper u) {
        LinkedHashMap<String, JsonValue> o = body(u.content());
        sighting(o, u.first());
        o.put("sightings", new JsonArray(u.sightings().stream().map(s -> {
            LinkedHashMap<String, JsonValue> x = new LinkedHashMap<>();
            sighting(x, s);
            return (JsonValue) new JsonObject(x);
        }).toList()));
        return new JsonObject(o);
    }

    private static LinkedHashMap<String, JsonValue> body(ArchivedPaper p) {
        Paper paper = p.paper();
        Optional<PaperRecord> r = p.record();
        LinkedHashMap<String, JsonValue> o = new LinkedHashMap<>();
        o.put("id", text(p.id().map(PaperId::value)));
        o.put("categories", texts(p.categories()));
        o.put("pdf", text(p.pdf()));
        o.put("abs", text(nonEmpty(paper.link()).or(() -> r.flatMap(PaperRecord::abs))));
        o.put("authors", texts(paper.authors().isEmpty() ? r.map(PaperRecord::authors).orElse(List.of()) : paper.authors()));
        o.put("title", text(nonEmpty(paper.title()).or(() -> r.flatMap(PaperRecord::title))));
        o.put("comment", text(p.comment()));
        o.put("summary", text(paper.abstractText().or(() -> r.flatMap(PaperRecord::summary))));
        LinkedHashMap<String, JsonValue> ai = new LinkedHashMap<>();
        List<Function<Paper, Optional<String>>> fields = List.of(Paper::tldr, Paper::motivation, Paper::method,
                Paper::result, Paper::conclusion);
        for (int i = 0; i < AI.size(); i++) {
            String key = AI.get(i);
            ai.put(key, text(fields.get(i).apply(paper).or(() -> r.flatMap(x -> x.ai(key)))));
        }
        r.ifPresent(x -> ai.putAll(x.aiExtras().members()));
        o.put("AI", new JsonObject(ai));
        if (r.isPresent()) {
            for (String key : List.of("code_url", "code_stars", "code_last_update")) {
                r.get().fields().get(key).ifPresent(v -> o.put(key, v));
            }
            for (Map.Entry<String, JsonValue> e : r.get().extras().members().entrySet()) {
                o.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        return o;
    }

    private static void sighting(Map<String, JsonValue> o, Sighting s) {
        o.put("date", new JsonString(s.date().toString()));
        o.put("source", new JsonString(s.source()));
        o.put("category", new JsonString(s.category()));
        o.put("position", new JsonNumber(Integer.toString(s.position())));
    }

    private static Optional<String> nonEmpty(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static JsonValue text(Optional<String> s) {
        return s.<JsonValue>map(JsonString::new).orElse(JsonNull.INSTANCE);
    }

    private static JsonValue texts(List<String> list) {
        return new JsonArray(list.stream().<JsonValue>map(JsonString::new).toList());
    }
}
