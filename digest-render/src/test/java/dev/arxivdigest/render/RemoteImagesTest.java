package dev.arxivdigest.render;

import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.render.HtmlRenderer.RemoteImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No tracking pixels: by default no image is loaded from anywhere; {@link RemoteImages#LOAD} keeps them, sanitized. */
class RemoteImagesTest {

    private static final HtmlRenderer LOAD = HtmlRenderer.builder().remoteImages(RemoteImages.LOAD).build();

    /** An image written in the text, and the source it must have when images load. */
    record Case(String markdown, String loadedSrc) {
    }

    static List<Case> images() {
        String gif = "http://t.example/p.gif";
        String secure = "https://t.example/p.gif";
        return List.of(
                new Case("<img src=\"http://t.example/p.gif\">", gif),
                new Case("<img src=\"https://t.example/p.gif\" alt=\"logo\">", secure),
                new Case("<img src=\"//t.example/p.gif\">", secure),
                new Case("<img src=\"  //t.example/p.gif\">", secure),
                new Case("![alt](http://t.example/p.gif)", gif),
                new Case("![alt](https://t.example/p.gif \"a title\")", secure),
                new Case("![alt][r]\n\n[r]: http://t.example/p.gif", gif),
                new Case("<IMG SRC=\"HTTP://t.example/p.gif\">", gif),
                new Case("<ImG sRc=\"https://t.example/p.gif\">", secure),
                new Case("<img src=\" http://t.example/p.gif \">", gif),
                new Case("<img\nsrc=\"http://t.example/p.gif\">", gif),
                new Case("<img\tsrc =\t\"http://t.example/p.gif\">", gif),
                new Case("<img src=\"http://t.example/p.gif\" srcset=\"http://t.example/b.png 2x\">", gif),
                new Case("<img src=\"http://t.example/p.gif\" onerror=\"alert(1)\" style=\"x:y\">", gif),
                new Case("<picture><source srcset=\"https://t.example/a.webp\"><img src=\"https://t.example/p.gif\"></picture>",
                        secure),
                new Case("text ![a](http://t.example/p.gif) text", gif));
    }

    /** Images that load nothing under either policy: srcset alone, relative or data sources. */
    static List<String> sourceless() {
        return List.of("<img srcset=\"http://t.example/a.png 1x, http://t.example/b.png 2x\">",
                "<img src=\"x.png\" alt=\"rel\">", "<img src=\"data:image/gif;base64,R0lGOD\">",
                "<img SRCSET=\"https://t.example/a.png\">");
    }

    /** Fails if the HTML would make a browser fetch anything by itself. */
    static void assertLoadsNothing(String html, String input) {
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertFalse(List.of("img", "picture", "source", "video", "audio", "iframe", "link", "object", "embed")
                    .contains(e.normalName()), () -> e.normalName() + " in " + html + " from " + input);
            for (String attr : List.of("src", "srcset", "poster", "background", "data", "style")) {
                assertFalse(e.hasAttr(attr), () -> attr + " in " + html + " from " + input);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("images")
    void byDefaultNoImageSurvives(Case c) {
        String html = HtmlRenderer.defaults().render(c.markdown()).html();
        assertLoadsNothing(html, c.markdown());
        assertTrue(html.contains("href=\"" + c.loadedSrc() + "\""), html); // the image is a link to it instead
        assertLoadsNothing(HtmlRenderer.defaults().renderInline(c.markdown()).html(), c.markdown());
    }

    @ParameterizedTest
    @MethodSource("images")
    void withTheOptInEveryImageSurvivesSanitized(Case c) {
        String html = LOAD.render(c.markdown()).html();
        List<Element> imgs = Jsoup.parseBodyFragment(html).select("img");
        assertEquals(1, imgs.size(), html);
        Element img = imgs.get(0);
        assertEquals(c.loadedSrc(), img.attr("src"), html);
        for (var a : img.attributes()) {
            assertTrue(List.of("src", "alt", "title", "width", "height", "align").contains(a.getKey()),
                    () -> "attribute " + a.getKey() + " kept in " + html);
        }
        HtmlRendererTest.assertSafe(html, c.markdown());
    }

    @ParameterizedTest
    @MethodSource("sourceless")
    void imagesWithoutAKeptSourceLoadNothingUnderEitherPolicy(String markdown) {
        assertLoadsNothing(HtmlRenderer.defaults().render(markdown).html(), markdown);
        assertLoadsNothing(LOAD.render(markdown).html(), markdown);
    }

    @Test
    void theLinkIsLabelledWithTheAltText() {
        assertEquals("<p><a href=\"http://t.example/p.gif\" rel=\"nofollow\">a chart</a></p>",
                HtmlRenderer.defaults().render("![a chart](http://t.example/p.gif)").html().strip());
        assertEquals("<a href=\"http://t.example/p.gif\" rel=\"nofollow\">image</a>",
                HtmlRenderer.defaults().render("<img src=\"http://t.example/p.gif\">").html().strip());
        assertEquals("<p>see <a href=\"https://x.example/\" rel=\"nofollow\">badge</a></p>",
                HtmlRenderer.defaults().render("see [![badge](http://t.example/p.gif)](https://x.example/)").html().strip(),
                "an image inside a link becomes its alt text: links do not nest");
        assertEquals("<p>rel</p>", HtmlRenderer.defaults().render("<p><img src=\"x.png\" alt=\"rel\"></p>").html().strip());
    }

    @Test
    void aWholePaperLoadsNoImageByDefault() {
        String md = "### [1] [Title ![t](http://t.example/a.gif)](https://arxiv.org/abs/2501.00001)\n*A, B*\n\n"
                + "TL;DR: a result <img src=\"https://t.example/p.gif\" alt=\"px\">\n";
        Paper p = DigestParser.builder().build().parse(md).papers().get(0);
        String html = HtmlRenderer.defaults().render(p).html();
        assertLoadsNothing(html, md);
        assertTrue(html.contains(">px</a>"), html);
        String loaded = LOAD.render(p).html();
        assertEquals(2, Jsoup.parseBodyFragment(loaded).select("img").size(), loaded);
    }

    @Test
    void thePolicyIsRequired() {
        assertThrows(NullPointerException.class, () -> HtmlRenderer.builder().remoteImages(null));
        assertThrows(IllegalArgumentException.class, () -> HtmlRenderer.builder().maxLength(0));
    }
}
