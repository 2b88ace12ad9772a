package dev.arxivdigest.render.internal;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * flexmark-java behind a guard (a linear pre-check, then a work budget on its reads of the input),
 * and Jsoup's sanitizer after it. Thread-safe: flexmark's parser and
 * renderer are immutable once built, Jsoup's cleaner is created per call.
 */
public final class SafeMarkdown {

    /** Fragments longer than this are not given to the markdown engine by default. */
    public static final int DEFAULT_MAX_LENGTH = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(SafeMarkdown.class);

    private static final Safelist SAFELIST = Safelist.basicWithImages()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr", "del", "s", "article", "table", "thead", "tbody", "tr",
                    "th", "td");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final int maxLength;
    private final boolean loadRemoteImages;

    /** The outcome: HTML, and the reason it fell back to plain text (null if it did not). */
    public record Result(String html, String fallbackReason) {
    }

    /** A renderer that turns remote images into links. */
    public SafeMarkdown(int maxLength) {
        this(maxLength, false);
    }

    /** A renderer that keeps remote images (sanitized) if {@code loadRemoteImages}, else turns them into links. */
    public SafeMarkdown(int maxLength, boolean loadRemoteImages) {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.maxLength = maxLength;
        this.loadRemoteImages = loadRemoteImages;
    }

    /** Renders a block fragment. */
    public Result block(String markdown) {
        String risk = Guard.check(markdown, maxLength);
        if (risk != null) {
            return new Result(fallback(markdown), risk);
        }
        try {
            Node doc = parser.parse(BasedSequence.of(new Fuel(markdown)));
            return new Result(sanitize(renderer.render(doc)), null);
        } catch (Fuel.Exhausted e) {
            return new Result(fallback(markdown), e.getMessage());
        } catch (Throwable t) { // flexmark is unmaintained: StackOverflowError and runtime exceptions happen
            if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
                throw (VirtualMachineError) t;
            }
            LOG.debug("markdown engine failed; rendering as plain text", t);
            return new Result(fallback(markdown), "markdown engine failed: " + t.getClass().getSimpleName());
        }
    }

    /** Renders a one-line fragment without its enclosing paragraph. */
    public Result inline(String markdown) {
        Result r = block(markdown);
        if (r.fallbackReason() != null) {
            return new Result(escape(markdown), r.fallbackReason());
        }
        String html = r.html().strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return new Result(html, null);
    }

    /** Plain text: rendered and stripped of tags, paragraphs separated by blank lines. */
    public String plainText(String markdown) {
        Result r = block(markdown);
        if (r.fallbackReason() != null) {
            return markdown;
        }
        Document doc = Jsoup.parseBodyFragment(r.html());
        StringBuilder sb = new StringBuilder();
        for (org.jsoup.nodes.Element e : doc.body().children()) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(e.wholeText().strip());
        }
        return sb.toString();
    }

    /**
     * Sanitizes HTML with the allow-list, then, unless remote images are wanted, replaces every
     * image (the allow-list keeps only absolute {@code http}/{@code https} sources, so every image
     * left is remote) by a link to it labelled with its alt text, or by its alt text alone inside a
     * link: a reader's browser or mail client then loads nothing by itself. See {@link RemoteImages}.
     */
    public String sanitize(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, "");
        RemoteImages.protocolRelativeToHttps(dirty.body());
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        RemoteImages.replace(clean.body(), loadRemoteImages);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** Escaped text in a paragraph, line breaks kept. */
    static String fallback(String text) {
        return "<p>" + escape(text).replace("\n", "<br>") + "</p>";
    }

    /** Escapes text for HTML content and attribute values. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
