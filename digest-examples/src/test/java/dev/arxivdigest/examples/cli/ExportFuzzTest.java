package dev.arxivdigest.examples.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Problem;
import java.io.StringReader;
import java.io.StringWriter;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;
import org.jsoup.Jsoup;
import org.xml.sax.InputSource;

/**
 * Every export of any input reads back, with independent parsers, as one entry per paper; and
 * problem lines never carry a terminal control character. In a normal build Jazzer runs the
 * inputs under {@code src/test/resources/.../ExportFuzzTestInputs/exports} (regression mode);
 * {@code JAZZER_FUZZ=1} fuzzes.
 */
class ExportFuzzTest {

    private static final DigestParser PARSER = DigestParser.builder().maxProblems(1_000).build();

    @FuzzTest(maxDuration = "5m")
    void exports(byte[] input) throws Exception {
        Digest digest = PARSER.parse(input);
        int papers = digest.papers().size();

        StringWriter bib = new StringWriter();
        new BibtexExporter().write(digest, bib);
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bib.toString()));
        check(db.getEntries().size() == papers && db.getObjects().size() == papers, "bibtex entries", bib);

        for (FeedExporter exporter : new FeedExporter[] {FeedExporter.atom(), FeedExporter.rss()}) {
            StringWriter xml = new StringWriter();
            exporter.write(digest, xml);
            SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(xml.toString())));
            check(feed.getEntries().size() == papers, "feed entries", xml);
        }

        StringWriter html = new StringWriter();
        new HtmlPageExporter().write(digest, html);
        check(Jsoup.parse(html.toString()).select("main article.paper").size() == papers, "html papers", html);

        for (Problem p : digest.problems()) {
            String line = CliContext.problemLine("f.md", p);
            check(line.chars().noneMatch(c -> TerminalText.isUnsafe((char) c)), "terminal-safe problem", line);
        }
    }

    private static void check(boolean ok, String what, Object output) {
        if (!ok) {
            throw new AssertionError(what + " do not match the model:\n" + output);
        }
    }
}
