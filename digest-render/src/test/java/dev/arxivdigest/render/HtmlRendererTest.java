package dev.arxivdigest.render;

import dev.arxivdigest.testsupport.SharedCorpus;

import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.model.Paper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Safe HTML: an XSS corpus yields no executable content; ordinary markdown renders; risky input falls back. */
class HtmlRendererTest {

    private static final HtmlRenderer HTML = HtmlRenderer.defaults();

    /**
     * The XSS corpus, also used by digest-examples' HtmlExportTest (in Chromium): the test resource
     * {@code xss-payloads.txt}, each payload followed by a line {@code %%}.
     */
    static final List<String> XSS = payloads();

    static List<String> payloads() {
        try (InputStream in = HtmlRendererTest.class.getResourceAsStream("/xss-payloads.txt")) {
            assertNotNull(in, "xss-payloads.txt on the test class path");
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n%%\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertSafe(String html, String input) {
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (List.of("script", "iframe", "object", "embed", "svg", "math", "style", "form", "input", "base", "meta",
                    "button", "details", "body").contains(tag) && e != doc.body()) {
                fail("element <" + tag + "> in " + html + " from " + input);
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("formaction")) {
                    fail("attribute " + name + " in " + html + " from " + input);
                }
                if (name.equals("href") || name.equals("src") || name.equals("action")) {
                    String v = Parser.unescapeEntities(a.getValue(), true).replaceAll("[\\x00-\\x20]", "")
                            .toLowerCase(Locale.ROOT);
                    if (v.startsWith("javascript:") || v.startsWith("data:") || v.startsWith("vbscript:")) {
                        fail("unsafe URL " + a.getValue() + " in " + html + " from " + input);
                    }
                }
            }
        }
    }

    @Test
    void xssCorpusYieldsNoExecutableContent() {
        for (String payload : XSS) {
            assertSafe(HTML.render(payload).html(), payload);
            assertSafe(HTML.renderInline(payload).html(), payload);
            assertSafe(HtmlRenderer.withMaxLength(5).render(payload).html(), payload); // the fallback too
        }
        assertEquals(43, XSS.size());
    }

    @Test
    void theSafetyCheckItselfCatchesUnsanitizedHtml() {
        for (String raw : List.of("<script>alert(1)</script>", "<a href=\"&#106;avascript:x\">x</a>",
                "<img src=x onerror=alert(1)>", "<svg></svg>", "<a href=\" data:text/html,x\">x</a>")) {
            AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> assertSafe(raw, raw));
            assertTrue(e.getMessage().contains(raw.substring(0, 4)) || e.getMessage().contains("unsafe"), e.getMessage());
        }
    }

    @Test
    void wholePaperIsSanitized() {
        String md = "### [1] [<img src=x onerror=alert(1)> Title](javascript:alert(1))\n*<script>x</script>*\n\n"
                + "TL;DR: [x](javascript:alert(1)) and <iframe src=x></iframe>\n";
        Paper p = DigestParser.builder().build().parse(md).papers().get(0);
        String html = HTML.render(p).html();
        assertSafe(html, md);
        assertTrue(html.contains("Title"), html);
    }

    @Test
    void ordinaryMarkdownRenders() {
        HtmlRenderer.Rendered r = HTML.render("Some *emphasis*, **strong**, `code` and [a link](https://arxiv.org/abs/2501.00001).");
        assertFalse(r.fellBack());
        assertTrue(r.html().contains("<em>emphasis</em>"), r.html());
        assertTrue(r.html().contains("<strong>strong</strong>"), r.html());
        assertTrue(r.html().contains("<code>code</code>"), r.html());
        assertTrue(r.html().contains("href=\"https://arxiv.org/abs/2501.00001\""), r.html());
        assertEquals("A title with emphasis", HTML.toPlainText("A title with *emphasis*"));
        assertEquals("x &lt; y", HTML.renderInline("x < y").html());
        HtmlRenderer.Rendered list = HTML.render("1. one\n2. two");
        assertTrue(list.html().startsWith("<ol>"), list.html());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void riskyInputFallsBackToEscapedTextQuickly() {
        List<String> risky = List.of("[".repeat(200_000), "_".repeat(200_000), "[" + "\\".repeat(100_000),
                ">".repeat(100_000) + " x", "*a ".repeat(50_000), "`".repeat(100_000), "x".repeat(200_000),
                "- ".repeat(5_000) + "x", "(".repeat(50_000) + ")".repeat(50_000), "<".repeat(100_000));
        for (String s : risky) {
            HtmlRenderer.Rendered r = HTML.render(s);
            assertTrue(r.fellBack(), "should fall back: " + s.substring(0, 10));
            assertTrue(r.reason().isPresent());
            assertSafe(r.html(), s.substring(0, 10));
            assertFalse(r.html().contains("<script"));
        }
        HtmlRenderer.Rendered escaped = HtmlRenderer.withMaxLength(3).render("<b>bold</b>\nline");
        assertEquals("<p>&lt;b&gt;bold&lt;/b&gt;<br>line</p>", escaped.html());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void exponentialBacktrackingUnderThePreCheckIsCutByTheWorkBudget() {
        // found by fuzzing: flexmark's link label regex doubles its time with every two backslashes after '[';
        // 32 of them pass the run limit of the pre-check, 60 would take hours
        for (String s : List.of("[" + "\\".repeat(32), "[\0" + "\\\\".repeat(15) + "x" + "\\".repeat(30),
                "^\\\\<\\_[\0\0\0\0\0\0\0\0_\n\n_\n\n_\n\n[\0" + "\\".repeat(32) + "\0")) {
            HtmlRenderer.Rendered r = HTML.render(s);
            assertTrue(r.fellBack(), s);
            assertTrue(r.reason().orElseThrow().contains("budget"), r.reason().toString());
            assertSafe(r.html(), s);
        }
    }

    @Test
    void theWorkBudgetNeverCutsRealDigestText() throws java.io.IOException {
        java.nio.file.Path corpus = SharedCorpus.require();
        int fields = 0;
        for (java.nio.file.Path f : SharedCorpus.markdown(corpus.resolve("upstream")).subList(0, 3)) {
            for (dev.arxivdigest.model.Paper p : DigestParser.builder().build().parse(f).papers()) {
                for (dev.arxivdigest.model.Section s : p.allSections()) {
                    HtmlRenderer.Rendered r = HTML.render(s.text());
                    assertFalse(r.fellBack(), () -> r.reason() + " for " + s.text());
                    fields++;
                }
                assertFalse(HTML.renderInline(p.title()).fellBack(), p.title());
            }
        }
        assertTrue(fields > 1000, "fields " + fields);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void renderingTimeStaysBoundedForNestedButAllowedInput() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            sb.append("> ".repeat(i % 16)).append("[a](https://x.example) *b* _c_ `d`\n");
        }
        HtmlRenderer.Rendered r = HTML.render(sb.toString());
        assertSafe(r.html(), "nested");
    }
}
