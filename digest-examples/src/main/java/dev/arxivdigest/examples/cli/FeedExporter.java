package dev.arxivdigest.examples.cli;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.arxivdigest.render.HtmlRenderer;
import dev.arxivdigest.model.Category;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a digest as an Atom 1.0 or RSS 2.0 feed, through ROME: one entry per paper, in document
 * order.
 *
 * <p>An entry has the paper's title (as plain text), its link, its authors, the digest's date as
 * published date, its category, the TL;DR as summary (plain text) and the whole paper rendered by
 * {@link HtmlRenderer} as HTML content (sanitized). Its id is the paper's identifier: the arXiv id
 * without version as the URI {@code info:arxiv/2512.21349}, else the paper's link, else
 * {@code urn:arxiv-digest:paper:N} (N its position); a second entry with the same id gets
 * {@code #2}, so that ids stay unique within a feed. Characters that XML 1.0 cannot hold (most
 * C0 controls, U+FFFE, U+FFFF) are replaced by U+FFFD.
 */
final class FeedExporter {

    /** ROME's name of the feed type: {@code atom_1.0} or {@code rss_2.0}. */
    private final String feedType;
    private final HtmlRenderer renderer = HtmlRenderer.defaults();

    private FeedExporter(String feedType) {
        this.feedType = feedType;
    }

    static FeedExporter atom() {
        return new FeedExporter("atom_1.0");
    }

    static FeedExporter rss() {
        return new FeedExporter("rss_2.0");
    }

    void write(Digest digest, Writer out) throws IOException {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(feedType);
        String date = digest.date().map(Object::toString).orElse("");
        String title = xml(digest.title().orElse(date.isEmpty() ? "arXiv digest" : "arXiv digest " + date));
        feed.setTitle(title);
        feed.setDescription(title);
        feed.setLink("https://arxiv.org/");
        feed.setUri("urn:arxiv-digest:" + (date.isEmpty() ? "undated" : date));
        Optional<Date> published = digest.date().map(d -> Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant()));
        published.ifPresent(feed::setPublishedDate);
        List<SyndEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int position = 0;
        for (Category category : digest.categories()) {
            for (Paper paper : category.papers()) {
                position++;
                entries.add(entry(category, paper, uniqueId(id(paper, position), ids), published));
            }
        }
        feed.setEntries(entries);
        try {
            new SyndFeedOutput().output(feed, out, true);
        } catch (FeedException e) {
            throw new IOException("cannot write the feed: " + e.getMessage(), e);
        }
    }

    private SyndEntry entry(Category category, Paper paper, String id, Optional<Date> published) {
        SyndEntry e = new SyndEntryImpl();
        e.setUri(id);
        e.setTitle(xml(renderer.toPlainText(paper.title()).strip()));
        if (!paper.link().isEmpty()) {
            e.setLink(xml(paper.link()));
        }
        List<SyndPerson> authors = new ArrayList<>();
        for (String name : paper.authors()) {
            SyndPerson p = new SyndPersonImpl();
            p.setName(xml(name));
            authors.add(p);
        }
        e.setAuthors(authors);
        if (feedType.startsWith("rss")) { // RSS's own author element is an e-mail address: Dublin Core names them
            DCModule dc = (DCModule) e.getModule(DCModule.URI);
            dc.setCreators(paper.authors().stream().map(FeedExporter::xml).toList());
        }
        published.ifPresent(d -> {
            e.setPublishedDate(d);
            e.setUpdatedDate(d);
        });
        List<SyndCategory> categories = new ArrayList<>();
        for (String name : categoryNames(category, paper)) {
            SyndCategory c = new SyndCategoryImpl();
            c.setName(xml(name));
            categories.add(c);
        }
        e.setCategories(categories);
        paper.tldr().ifPresent(tldr -> e.setDescription(content("text/plain", renderer.toPlainText(tldr).strip())));
        e.setContents(List.of(content("text/html", renderer.render(paper).html())));
        return e;
    }

    private static List<String> categoryNames(Category category, Paper paper) {
        List<String> names = new ArrayList<>();
        paper.mainCategory().map(String::strip).filter(n -> !n.isEmpty()).ifPresent(names::add);
        if (!category.isUnnamed() && !names.contains(category.name())) {
            names.add(category.name());
        }
        return names;
    }

    private static SyndContent content(String type, String value) {
        SyndContent c = new SyndContentImpl();
        c.setType(type);
        c.setValue(xml(value));
        return c;
    }

    /** {@return the paper's stable id} */
    static String id(Paper paper, int position) {
        if (paper.arxivId().isPresent()) {
            return "info:arxiv/" + paper.arxivId().get().id();
        }
        if (!paper.link().isEmpty()) {
            return xml(paper.link());
        }
        return "urn:arxiv-digest:paper:" + position;
    }

    private static String uniqueId(String id, Set<String> used) {
        String unique = id;
        for (int n = 2; !used.add(unique); n++) {
            unique = id + "#" + n;
        }
        return unique;
    }

    /** {@return the text with the characters XML 1.0 cannot hold replaced by U+FFFD} */
    static String xml(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || Character.isSurrogate(c);
            if (!allowed && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                sb.append(allowed ? c : '\uFFFD');
            }
        }
        return sb == null ? text : sb.toString();
    }
}
