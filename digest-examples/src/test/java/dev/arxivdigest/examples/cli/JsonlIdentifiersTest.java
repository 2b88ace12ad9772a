package dev.arxivdigest.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.model.Digest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The JSONL export's {@code id} is the paper's identifier as the fork's records write it (arXiv id
 * without version, else DOI, else link), {@code categories} every category the line shows and
 * {@code links} every link the paper shows besides its title's.
 */
class JsonlIdentifiersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> export(String markdown) throws IOException {
        Digest d = DigestParser.builder().build().parse(markdown);
        StringBuilder out = new StringBuilder();
        new JsonlExporter().write(d, out);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static String paper(int n, String link, String category) {
        return "### [" + n + "] [Paper " + n + "](" + link + ")\n*A. Author*\n\nMain category: " + category
                + "\n\nTL;DR: Sentence " + n + ".\n\n";
    }

    @Test
    void idIsTheArxivIdElseTheDoiElseTheLink() throws IOException {
        List<JsonNode> r = export("# prl [[Back]](#toc)\n\n"
                + paper(1, "https://link.aps.org/doi/10.1103/hxzf-nmpx", "prl")
                + paper(2, "https://doi.org/10.48550/arXiv.2509.00002", "cs.CL")
                + paper(3, "https://arxiv.org/abs/2509.00003v3", "cs.CL")
                + paper(4, "https://dx.doi.org/10.1109/TGRS.2026.1", "eess.IV")
                + paper(5, "https://openalex.org/W4400000000", "Topic"));
        List<String> ids = r.stream().map(o -> o.get("id").asText()).toList();
        // a DOI is case-insensitive: PaperId writes it in lower case, as OpenAlex records do
        assertEquals(List.of("10.1103/hxzf-nmpx", "2509.00002", "2509.00003", "10.1109/tgrs.2026.1",
                "https://openalex.org/W4400000000"), ids);
        assertEquals("https://link.aps.org/doi/10.1103/hxzf-nmpx", r.get(0).get("abs").asText(), "abs stays the link");
    }

    @Test
    void categoriesAreEveryCategoryOfTheLineMainFirst() throws IOException {
        List<JsonNode> r = export(paper(1, "https://arxiv.org/abs/2509.00001", "math.NA, cs.NA, 65R20")
                + paper(2, "https://arxiv.org/abs/2509.00002", "cs.CV"));
        assertEquals("[\"math.NA\",\"cs.NA\",\"65R20\"]", r.get(0).get("categories").toString());
        assertEquals("[\"cs.CV\"]", r.get(1).get("categories").toString());
    }

    @Test
    void linksAreEveryLinkThePaperShowsBesidesItsTitles() throws IOException {
        List<JsonNode> r = export("### [1] [P](https://arxiv.org/abs/2509.00001) [[PDF]](https://arxiv.org/pdf/2509.00001)\n"
                + "*A. Author*\n\nMain category: cs.CL\n\nDOI: [10.1109/x](https://doi.org/10.1109/x)\n\n"
                + "TL;DR: Code at https://github.com/a/b.\n\n"
                + paper(2, "https://arxiv.org/abs/2509.00002", "cs.CL"));
        assertEquals("[{\"text\":\"[PDF]\",\"url\":\"https://arxiv.org/pdf/2509.00001\"},"
                + "{\"text\":\"10.1109/x\",\"url\":\"https://doi.org/10.1109/x\"},"
                + "{\"text\":\"https://github.com/a/b\",\"url\":\"https://github.com/a/b\"}]",
                r.get(0).get("links").toString());
        assertEquals("[]", r.get(1).get("links").toString());
        assertEquals("[10.1109/x](https://doi.org/10.1109/x)", r.get(0).get("sections").get("DOI").asText(),
                "the section's text stays as written");
    }
}
