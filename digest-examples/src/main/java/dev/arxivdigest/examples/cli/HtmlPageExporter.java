package dev.arxivdigest.examples.cli;

import dev.arxivdigest.render.HtmlRenderer;
import dev.arxivdigest.model.Category;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Field;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Section;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * Writes a digest as one self-contained HTML page: a table of contents, then each category with
 * its papers, each paper with its title (linked), authors, main category and TL;DR, and the other
 * sections in a collapsible {@code <details>} block.
 *
 * <p>Every field goes through {@link HtmlRenderer} (sanitized HTML) or is set as text by jsoup,
 * which builds the page; links to the paper are written only for {@code http} and {@code https}
 * URLs. The page loads nothing: its one stylesheet is inline, and its Content-Security-Policy
 * ({@code default-src 'none'}, the stylesheet allowed by its hash, no image, no form target, no
 * base URL) stops scripts, remote images, fonts and frames even if one got past the sanitizer;
 * {@code no-referrer} keeps the page's address from the sites its links lead to. The stylesheet
 * has print rules: no table of contents, papers kept on one page where they fit, link targets
 * written out, and the details open where the browser supports it.
 */
final class HtmlPageExporter {

    static final String CSS = String.join("\n",
            ":root{color-scheme:light dark;--muted:#666}",
            "body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:0 auto;padding:1rem}",
            "h1{font-size:1.6rem}h2{border-bottom:1px solid #8884;margin-top:2rem}h3{font-size:1.1rem;margin:0}",
            "article.paper{margin:1rem 0;padding:.5rem 0;border-bottom:1px solid #8882}",
            ".authors,.meta{color:var(--muted);margin:.2rem 0}.tldr{margin:.4rem 0}",
            "dt{font-weight:600}dd{margin:0 0 .5rem 1rem}img{max-width:100%}",
            "pre{overflow-x:auto}summary{cursor:pointer;color:var(--muted)}",
            "@media print{nav{display:none}body{max-width:none;font-size:11pt}",
            "article.paper{break-inside:avoid}details::details-content{content-visibility:visible;display:block}",
            "h3 a[href]::after{content:\" <\" attr(href) \">\";font-size:.8em;color:var(--muted)}}",
            "");

    /** The Content-Security-Policy of every page. */
    static final String CSP = "default-src 'none'; style-src '" + sha256(CSS) + "'; img-src 'none';"
            + " base-uri 'none'; form-action 'none'";

    private final HtmlRenderer renderer = HtmlRenderer.defaults();

    void write(Digest digest, Writer out) throws IOException {
        out.write(page(digest).outerHtml());
        out.write('\n');
    }

    /** {@return the page of a digest} */
    Document page(Digest digest) {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        doc.prependChild(new DocumentType("html", "", ""));
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CSP);
        head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        String date = digest.date().map(Object::toString).orElse("");
        String title = digest.title().orElse(date.isEmpty() ? "arXiv digest" : "arXiv digest " + date);
        head.appendElement("title").text(title);
        head.appendElement("style").appendChild(new DataNode(CSS));

        Element body = doc.body();
        Element header = body.appendElement("header");
        header.appendElement("h1").text(title);
        header.appendElement("p").addClass("meta").text((date.isEmpty() ? "" : date + " · ")
                + count(digest.papers().size(), "paper") + " in " + count(digest.categories().size(), "category"));

        Element nav = body.appendElement("nav").attr("aria-label", "Contents");
        nav.appendElement("h2").text("Contents");
        Element toc = nav.appendElement("ol");
        Element main = body.appendElement("main");
        int n = 0;
        for (Category category : digest.categories()) {
            String anchor = "category-" + (++n);
            String name = category.isUnnamed() ? "(no category)" : category.name();
            Element entry = toc.appendElement("li");
            entry.appendElement("a").attr("href", "#" + anchor).text(name);
            entry.appendText(" (" + category.papers().size() + ")");
            Element section = main.appendElement("section").addClass("category").attr("id", anchor);
            section.appendElement("h2").text(name);
            for (Paper paper : category.papers()) {
                paper(section, paper);
            }
        }
        return doc;
    }

    private void paper(Element parent, Paper paper) {
        Element article = parent.appendElement("article").addClass("paper");
        paper.arxivId().ifPresent(id -> article.attr("id", "arxiv-" + id.id().replace('/', '-')));
        Element h3 = article.appendElement("h3");
        Element titleParent = isWebLink(paper.link())
                ? h3.appendElement("a").attr("href", paper.link()).attr("rel", "noopener noreferrer nofollow")
                : h3;
        titleParent.append(renderer.renderInline(paper.title()).html());
        if (!paper.authors().isEmpty()) {
            article.appendElement("p").addClass("authors").text(String.join(", ", paper.authors()));
        }
        paper.mainCategory().ifPresent(c -> article.appendElement("p").addClass("meta").text(c.strip()));
        paper.section(Field.TLDR).ifPresent(t -> article.appendElement("div").addClass("tldr")
                .append(renderer.render(t).html()));
        Element details = article.appendElement("details");
        details.appendElement("summary").text("Details");
        Element dl = details.appendElement("dl");
        for (Section s : paper.allSections()) {
            if (s.field().filter(f -> f == Field.TLDR || f == Field.MAIN_CATEGORY).isPresent()) {
                continue;
            }
            dl.appendElement("dt").text(s.label().isEmpty() ? "(unlabelled)" : s.label());
            dl.appendElement("dd").append(renderer.render(s).html());
        }
        if (dl.childrenSize() == 0) {
            details.remove();
        }
    }

    private static boolean isWebLink(String link) {
        String l = link.toLowerCase(Locale.ROOT);
        return (l.startsWith("https://") || l.startsWith("http://")) && link.chars().noneMatch(c -> c <= ' ');
    }

    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun.equals("category") ? "categories" : noun + "s");
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
