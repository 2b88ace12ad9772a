package dev.arxivdigest.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.examples.cli.ReportedFailuresTest.Result;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --format bibtex}, read back with jbibtex, an independent parser. */
class BibtexExportTest {

    @TempDir
    Path tmp;

    private static BibTeXDatabase parse(String bibtex) throws Exception {
        return new BibTeXParser().parse(new StringReader(bibtex));
    }

    private static String field(BibTeXEntry e, String name) {
        return e.getField(new Key(name)).toUserString();
    }

    /** The LaTeX of a value as text, through jbibtex's LaTeX parser and printer. */
    private static String plain(String latex) throws Exception {
        return new LaTeXPrinter().print(new LaTeXParser().parse(latex));
    }

    @Test
    void oneMiscEntryPerPaperWithArxivFields() throws Exception {
        Path file = tmp.resolve("2025-12-24.md");
        try (InputStream in = DigestCli.class.getResourceAsStream(DigestCli.SAMPLE_RESOURCE)) {
            Files.write(file, in.readAllBytes());
        }
        Digest digest = DigestParser.builder().build().parse(file);
        Result r = ReportedFailuresTest.run("export", "--format", "bibtex", file.toString());
        assertEquals(0, r.status(), r.err());
        BibTeXDatabase db = parse(r.out());
        Map<Key, BibTeXEntry> entries = db.getEntries();
        assertEquals(76, entries.size());
        assertEquals(76, db.getObjects().size(), "no duplicate key, nothing but entries");
        List<BibTeXEntry> inOrder = new ArrayList<>(entries.values());
        for (int i = 0; i < inOrder.size(); i++) {
            Paper paper = digest.papers().get(i);
            BibTeXEntry e = inOrder.get(i);
            String id = paper.arxivId().orElseThrow().toString();
            assertEquals(new Key("misc"), e.getType());
            assertEquals("arXiv:" + paper.arxivId().orElseThrow().id(), e.getKey().getValue());
            assertEquals(id, field(e, "eprint"));
            assertEquals("arXiv", field(e, "archivePrefix"));
            assertEquals(paper.mainCategory().orElseThrow(), field(e, "primaryClass"));
            assertEquals(paper.link(), field(e, "url"));
            assertEquals("2025", field(e, "year"));
            List<String> authors = List.of(field(e, "author").split(" and "));
            assertEquals(paper.authors().size(), authors.size(), field(e, "author"));
        }
        BibTeXEntry first = inOrder.get(0);
        assertEquals("arXiv:2512.21349", first.getKey().getValue());
        assertEquals("{Physics-Informed Neural Solvers for Periodic Quantum Eigenproblems}", field(first, "title"));
        assertEquals("Haaris Mian", field(first, "author"));
        BibTeXEntry second = inOrder.get(1);
        assertEquals(List.of("Natalia Espinosa-Dice", "Nicholas J. Jackson", "Chao Yan", "Aaron Lee", "Bradley A. Malin"),
                List.of(field(second, "author").split(" and ")));
    }

    @Test
    void latexIsKeptSpecialCharactersEscapedKeysUnique() throws Exception {
        Path file = tmp.resolve("2025-01-02.md");
        Files.writeString(file, String.join("\n",
                "### [1] [$\\alpha$-Nets: 100% of R&D for C# and x_1 {unbalanced](https://arxiv.org/abs/2501.00001v2)",
                "*Ann O'Neil, Research and Development Team, José Núñez*",
                "",
                "**Main category:** cs.LG",
                "",
                "### [2] [Same paper again](https://arxiv.org/abs/2501.00001)",
                "*C D*",
                "",
                "### [3] [Old style](https://arxiv.org/abs/hep-th/9901001)",
                "*E F*",
                "",
                "### [4] [No link]()",
                "*G H*",
                ""), StandardCharsets.UTF_8);
        Result r = ReportedFailuresTest.run("export", "--format", "bibtex", file.toString());
        assertEquals(0, r.status(), r.err());
        BibTeXDatabase db = parse(r.out());
        List<String> keys = db.getEntries().keySet().stream().map(Key::getValue).toList();
        assertEquals(List.of("arXiv:2501.00001", "arXiv:2501.00001-2", "arXiv:hep-th_9901001", "digest:2025-01-02:4"),
                keys);
        BibTeXEntry first = db.getEntries().get(new Key("arXiv:2501.00001"));
        String title = field(first, "title");
        assertEquals("{$\\alpha$-Nets: 100\\% of R\\&D for C\\# and x\\_1 \\textbraceleft{}unbalanced}", title);
        // Outside the math, jbibtex's LaTeX reader sees the escapes as the characters themselves.
        assertEquals("-Nets: 100% of R&D for C# and x_1 ", plain(title.substring(title.indexOf("$-") + 1,
                title.indexOf("\\textbraceleft"))));
        assertEquals("2501.00001v2", field(first, "eprint"));
        assertEquals("cs.LG", field(first, "primaryClass"));
        assertEquals("Ann O'Neil and {Research and Development Team} and José Núñez", field(first, "author"));
        assertEquals("hep-th/9901001", field(db.getEntries().get(new Key("arXiv:hep-th_9901001")), "eprint"));
    }

    @Test
    void escapedBracesAndAFinalBackslashCannotEndTheValue() throws Exception {
        // Found by ExportFuzzTest: a title ending in a backslash escaped the closing brace for jbibtex.
        assertEquals("Sets \\textbraceleft{}x\\textbraceright{} of {a} b\\textbackslash{}",
                BibtexExporter.latex("Sets \\{x\\} of {a} b\\"));
        assertEquals("https://x.example/a%20b%5C%7Bc%7D?q=100%#frag", BibtexExporter.url("https://x.example/a b\\{c}?q=100%#frag"));
        Path file = tmp.resolve("2025-01-03.md");
        Files.writeString(file, "### [1] [Sets \\{x\\} b\\](https://arxiv.org/abs/2501.00001)\n*A \\*\n",
                StandardCharsets.UTF_8);
        Result r = ReportedFailuresTest.run("export", "--format", "bibtex", file.toString());
        assertEquals(0, r.status(), r.err());
        BibTeXEntry e = parse(r.out()).getEntries().get(new Key("arXiv:2501.00001"));
        assertEquals("{Sets \\textbraceleft{}x\\textbraceright{} b\\textbackslash{}}", field(e, "title"));
    }
}
