package dev.arxivdigest.render.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.arxivdigest.render.HtmlRenderer;
import dev.arxivdigest.testsupport.ThreadTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.Locale;

/**
 * The renderer's fuzz target. In a normal build it runs in regression mode over the committed inputs in
 * {@code src/test/resources/dev/arxivdigest/render/fuzz/RenderFuzzTestInputs/}; set
 * {@code JAZZER_FUZZ=1} to fuzz (see {@code digest-core/FUZZING.md}).
 *
 * <p>Properties: no throwable; nothing executable in the HTML; no image left to load (the default
 * policy); time bounded per character (in the rendering thread's CPU time).
 */
class RenderFuzzTest {

    private static final HtmlRenderer HTML = HtmlRenderer.defaults();

    @FuzzTest(maxDuration = "10m")
    void renderHtml(FuzzedDataProvider data) {
        String markdown = data.consumeRemainingAsString();
        long start = ThreadTime.start();
        String html = HTML.render(markdown).html();
        // 2 s plus 0.5 ms a character of this thread's CPU time (flexmark and Jsoup run on the calling thread)
        ThreadTime.assertWithin(start, 2_000_000_000L + 500_000L * markdown.length(), () -> "render of " + markdown.length() + " chars");
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("script") || tag.equals("iframe") || tag.equals("svg") || tag.equals("object")
                    || tag.equals("style") || tag.equals("math") || tag.equals("embed")) {
                throw new AssertionError("unsafe element " + tag + " in " + html);
            }
            if (tag.equals("img") || e.hasAttr("src") || e.hasAttr("srcset")) {
                throw new AssertionError("an image would load by default: " + html);
            }
            e.attributes().forEach(a -> {
                String k = a.getKey().toLowerCase(Locale.ROOT);
                String v = a.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                if (k.startsWith("on") || v.startsWith("javascript:") || v.startsWith("data:") || v.startsWith("vbscript:")) {
                    throw new AssertionError("unsafe attribute " + k + "=" + a.getValue() + " in " + html);
                }
            });
        }
        HTML.toPlainText(markdown);
    }
}
