package dev.arxivdigest.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.examples.cli.ReportedFailuresTest.Result;
import dev.arxivdigest.model.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --format html}, loaded in headless Chromium: the page shows every paper, and the
 * renderer's XSS corpus placed in every field executes nothing, fires no handler and makes no
 * request. Skipped, with a message, where Chromium is not installed ({@code .ci/run} installs it).
 */
class HtmlExportTest {

    /** The XSS corpus of digest-render's HtmlRendererTest, {@code alert(1)} and hosts made beacons below. */
    static final List<String> XSS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"javascript:alert(1)\">",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"  javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<a href=\"&#x6A;&#x61;vascript:alert(1)\">x</a>",
            "<a href=\"java\tscript:alert(1)\">x</a>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x](data:text/html,<script>alert(1)</script>)",
            "![x](javascript:alert(1))",
            "![x](data:image/svg+xml,<svg onload=alert(1)>)",
            "[x](vbscript:msgbox(1))",
            "[x](https://ok.example \"title\\\" onmouseover=\\\"alert(1)\")",
            "<svg onload=alert(1)><circle r=1></circle></svg>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mtext><script>alert(1)</script></mtext></math>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<object data=\"evil.swf\"></object><embed src=\"evil.swf\">",
            "<style>body{background:url(javascript:alert(1))}</style>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<p onclick=\"alert(1)\">click</p>",
            "<a href=\"https://ok.example\" onmouseover=\"alert(1)\">x</a>",
            "<img src=x onerror=alert(1)//",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<<script>alert(1);//<</script>",
            "<body onload=alert(1)>",
            "<form action=\"javascript:alert(1)\"><button>x</button></form>",
            "<input onfocus=alert(1) autofocus>",
            "<details open ontoggle=alert(1)>",
            "<base href=\"javascript:alert(1)//\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "`<script>` is code, but <script>alert(1)</script> is not",
            "> <script>alert(1)</script>\n> quoted",
            "- item <img src=x onerror=alert(1)>\n- [x](javascript:alert(1))",
            "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
            "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>",
            // Remote resources: a tracking pixel, a stylesheet, media, a refresh to the server.
            "<img src=\"http://evil.example/pixel.gif\" alt=\"pixel\">",
            "![pixel](http://evil.example/md-pixel.gif)",
            "<link rel=\"stylesheet\" href=\"http://evil.example/x.css\">",
            "<video src=\"http://evil.example/v.mp4\" autoplay></video><audio src=\"http://evil.example/a.mp3\" autoplay></audio>",
            "<meta http-equiv=\"refresh\" content=\"0;url=http://evil.example/refresh\">",
            "<div style=\"background:url(http://evil.example/bg.png)\">x</div>",
            "<img srcset=\"http://evil.example/srcset.png 1x\">");

    private static Optional<HeadlessChromium> chromium;

    @TempDir
    Path tmp;

    @BeforeAll
    static void findChromium() {
        chromium = HeadlessChromium.find();
        if (chromium.isEmpty()) {
            System.out.println("HtmlExportTest: SKIPPED, no Chromium (/usr/bin/chromium or chromium on the PATH);"
                    + " install it (apt-get install chromium) to run the browser tests, as .ci/run does.");
        }
    }

    private HeadlessChromium browser() {
        assumeTrue(chromium.isPresent(), "no Chromium on this machine: browser tests skipped");
        return chromium.get();
    }

    private Path export(Path digest) throws IOException {
        Path out = Files.createDirectories(tmp.resolve("html"));
        Result r = ReportedFailuresTest.run("export", "--format", "html", "-o", out.toString(), digest.toString());
        assertEquals(0, r.status(), r.err());
        String name = digest.getFileName().toString();
        return out.resolve(name.substring(0, name.length() - ".md".length()) + ".html");
    }

    @Test
    void theSamplePageShowsEveryPaperWithItsParts() throws Exception {
        HeadlessChromium browser = browser();
        Path digest = tmp.resolve("2025-12-24.md");
        try (InputStream in = DigestCli.class.getResourceAsStream(DigestCli.SAMPLE_RESOURCE)) {
            Files.write(digest, in.readAllBytes());
        }
        HeadlessChromium.Loaded loaded = browser.load(export(digest), tmp.resolve("profile"));
        Document dom = Jsoup.parse(loaded.dom());
        assertEquals(76, dom.select("main article.paper").size());
        assertEquals(List.of("cs.LG", "cs.AI", "cs.IR"), dom.select("main section.category > h2").eachText());
        assertEquals(List.of("cs.LG (54)", "cs.AI (17)", "cs.IR (5)"), dom.select("nav li").eachText());
        assertEquals(76, dom.select("article.paper > div.tldr").size());
        assertEquals(76, dom.select("article.paper > details > summary").size());
        Element first = dom.selectFirst("article.paper");
        assertEquals("Physics-Informed Neural Solvers for Periodic Quantum Eigenproblems", first.selectFirst("h3").text());
        assertEquals("https://arxiv.org/abs/2512.21349", first.selectFirst("h3 a").attr("href"));
        assertEquals("Haaris Mian", first.selectFirst(".authors").text());
        assertEquals(List.of("Motivation", "Method", "Result", "Conclusion", "Abstract"), first.select("dt").eachText());
        assertTrue(!loaded.log().contains("Content Security Policy"), "the page's own style is allowed: " + loaded.log());
    }

    @Test
    void xssPayloadsInEveryFieldExecuteNothingAndRequestNothing() throws Exception {
        HeadlessChromium browser = browser();
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            String host = "127.0.0.1:" + server.getAddress().getPort();
            // A script that runs leaves a mark in the DOM and calls the server.
            String beacon = "document.documentElement.setAttribute(`data-xss`,1),fetch(`http://" + host + "/js`)";
            StringBuilder md = new StringBuilder("## cs.XSS\n\n");
            int n = 0;
            for (String raw : XSS) {
                String p = raw.replace("alert(1)", beacon).replace("msgbox(1)", beacon)
                        .replace("evil.example", host).replace("ok.example", host);
                String line = p.replace('\n', ' ');
                n++;
                md.append("### [").append(n).append("] [").append(line).append("](https://arxiv.org/abs/2501.")
                        .append(String.format("%05d", n)).append(")\n")
                        .append('*').append(line).append(", Ann Author*\n\n")
                        .append("**TL;DR:** ").append(line).append("\n\n")
                        .append("<details>\n  <summary>Details</summary>\n\n")
                        .append("**Motivation:** ").append(p).append("\n\n")
                        .append("**Method:** ").append(line).append("\n\n")
                        .append("**Payload notes:** ").append(p).append("\n\n")
                        .append("**Abstract:** ").append(p).append("\n\n")
                        .append("</details>\n\n");
            }
            Path digest = tmp.resolve("2025-01-01.md");
            Files.writeString(digest, md, StandardCharsets.UTF_8);
            Digest parsed = DigestParser.builder().build().parse(digest);

            HeadlessChromium.Loaded loaded = browser.load(export(digest), tmp.resolve("profile"));
            Document dom = Jsoup.parse(loaded.dom());

            assertEquals(List.of(), requests, "requests the page made");
            assertEquals(parsed.papers().size(), dom.select("main article.paper").size());
            assertTrue(parsed.papers().size() >= XSS.size() - 2, "payload papers: " + parsed.papers().size());
            assertEquals("", dom.selectFirst("html").attr("data-xss"), "a script ran");
            assertEquals(List.of(), dom.select("script, iframe, object, embed, svg, math, form, input, button, base, link,"
                    + " video, audio, body style, main meta").eachAttr("outerHTML"), "elements that should not be there");
            assertEquals(0, dom.select("body style, main meta").size());
            List<String> bad = new ArrayList<>();
            for (Element e : dom.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    String key = a.getKey().toLowerCase(java.util.Locale.ROOT);
                    String value = a.getValue().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s", "");
                    if (key.startsWith("on") || key.equals("style") || key.equals("srcset")
                            || ((key.equals("href") || key.equals("src")) && (value.startsWith("javascript:")
                            || value.startsWith("data:") || value.startsWith("vbscript:")))) {
                        bad.add(e.tagName() + " " + a);
                    }
                }
            }
            assertEquals(List.of(), bad, "attributes that should not be there");
            assertEquals(1, dom.select("head meta[http-equiv=Content-Security-Policy]").size());
        } finally {
            server.stop(0);
        }
    }
}
