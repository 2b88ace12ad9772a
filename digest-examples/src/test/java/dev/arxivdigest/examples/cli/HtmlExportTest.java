package dev.arxivdigest.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.examples.cli.ReportedFailuresTest.Result;
import dev.arxivdigest.model.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    /**
     * digest-render's XSS corpus ({@code xss-payloads.txt} in its test resources, each payload
     * followed by a line {@code %%}; this module's build copies it), then remote resources;
     * {@code alert(1)} and hosts are made beacons below.
     */
    static final List<String> XSS = payloads();

    static List<String> payloads() {
        List<String> all = new ArrayList<>();
        try (InputStream in = HtmlExportTest.class.getResourceAsStream("/xss-payloads.txt")) {
            assertNotNull(in, "xss-payloads.txt on the test class path");
            all.addAll(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n%%\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.addAll(List.of(
                // Remote resources: a tracking pixel, a stylesheet, media, a refresh to the server.
                "<img src=\"http://evil.example/pixel.gif\" alt=\"pixel\">",
                "![pixel](http://evil.example/md-pixel.gif)",
                "<link rel=\"stylesheet\" href=\"http://evil.example/x.css\">",
                "<video src=\"http://evil.example/v.mp4\" autoplay></video><audio src=\"http://evil.example/a.mp3\" autoplay></audio>",
                "<meta http-equiv=\"refresh\" content=\"0;url=http://evil.example/refresh\">",
                "<div style=\"background:url(http://evil.example/bg.png)\">x</div>",
                "<img srcset=\"http://evil.example/srcset.png 1x\">"));
        return List.copyOf(all);
    }

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
