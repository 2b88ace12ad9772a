package dev.arxivdigest.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Turns the papers of a digest into JSON Lines: one object per paper, in document order. */
final class JsonlExporter {

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
        o.put("id", paper.arxivId().map(Object::toString).orElse(null));
        o.put("title", paper.title());
        ArrayNode authors = o.putArray("authors");
        paper.authors().forEach(authors::add);
        ArrayNode categories = o.putArray("categories");
        paper.mainCategory().ifPresent(categories::add);
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
        o.put("line", paper.line());
        return o;
    }

    private static void put(ObjectNode node, String key, Optional<String> value) {
        node.put(key, value.orElse(null));
    }
}
