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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a digest, or the papers of an archive query, as an Atom 1.0 or RSS 2.0 feed, through ROME:
 * one entry per paper, in the order given (document order for a digest).
 *
 * <p>An entry has the paper's title (as plain text), its link, its authors, its day (the digest's
 * date, or the sighting's) as published date, its category, the TL;DR as summary (plain text) and
 * the whole paper rendered by {@link HtmlRenderer} as HTML content (sanitized). Its id is the
 * paper's identifier: the arXiv id without version as the URI {@code info:arxiv/2512.21349}, else
 * the paper's link, else {@code urn:arxiv-digest:paper:N} (N its position in the feed); a second
 * entry with the same id gets {@code #2}, so that ids stay unique within a feed. Characters that
 * XML 1.0 cannot hold (most C0 controls, U+FFFE, U+FFFF) are replaced by U+FFFD.
 */
public final class FeedExporter {

    /** ROME's name of the feed type: {@code atom_1.0} or {@code rss_2.0}. */
    private final String feedType;
    private final HtmlRenderer renderer = HtmlRenderer.defaults();

    private FeedExporter(String feedType) {
        this.feedType = feedType;
    }

    /** {@return an exporter of Atom 1.0 feeds} */
    public static FeedExporter atom() {
        return new FeedExporter("atom_1.0");
    }

    /** {@return an exporter of RSS 2.0 feeds} */
    public static FeedExporter rss() {
        return new FeedExporter("rss_2.0");
    }

    /**
     * A paper as a feed lists it.
     *
     * @param paper the paper
     * @param category the name of the category it is listed under, empty for none
     * @param date its day, if known
     */
    public record Item(Paper paper, String category, Optional<LocalDate> date) {
        /**
         * Validates.
         *
         * @param paper the paper
         * @param category the name of the category it is listed under, empty for none
         * @param date its day, if known
         * @throws NullPointerException if a component is null
         */
        public Item {
            java.util.Objects.requireNonNull(paper, "paper");
            java.util.Objects.requireNonNull(category, "category");
            java.util.Objects.requireNonNull(date, "date");
        }
    }

    void write(Digest digest, Writer out) throws IOException {
        String date = digest.date().map(Object::toString).orElse("");
        String title = digest.title().orElse(date.isEmpty() ? "arXiv digest" : "arXiv digest " + date);
        List<Item> items = new ArrayList<>();
        for (Category category : digest.categories()) {
            for (Paper paper : category.papers()) {
                items.add(new Item(paper, category.name(), digest.date()));
            }
        }
        write(title, "urn:arxiv-digest:" + (date.isEmpty() ? "undated" : date), digest.date(), items, out);
    }

    /**
     * Writes a feed of the items, one entry each, in order.
     *
     * @param title the feed's title (also its description)
     * @param uri the feed's id
     * @param date the feed's published date, if any
     * @param items the papers
     * @param out where the feed goes (not closed)
     * @throws IOException if writing fails, or ROME cannot write the feed
     */
    public void write(String title, String uri, Optional<LocalDate> date, List<Item> items, Writer out) throws IOException {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(feedType);
        feed.setTitle(xml(title));
        feed.setDescription(xml(title));
        feed.setLink("https://arxiv.org/");
        feed.setUri(xml(uri));
        date.map(FeedExporter::instant).ifPresent(feed::setPublishedDate);
        List<SyndEntry> entries = new ArrayList<>(items.size());
        Set<String> ids = new HashSet<>();
        int position = 0;
        for (Item item : items) {
            position++;
            entries.add(entry(item.category(), item.paper(), uniqueId(id(item.paper(), position), ids),
                    item.date().map(FeedExporter::instant)));
        }
        feed.setEntries(entries);
        try {
            new SyndFeedOutput().output(feed, out, true);
        } catch (FeedException e) {
            throw new IOException("cannot write the feed: " + e.getMessage(), e);
        }
    }

    private static Date instant(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private SyndEntry entry(String category, Paper paper, String id, Optional<Date> published) {
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

    private static List<String> categoryNames(String category, Paper paper) {
        List<String> names = new ArrayList<>();
        paper.mainCategory().map(String::strip).filter(n -> !n.isEmpty()).ifPresent(names::add);
        if (!category.isEmpty() && !names.contains(category)) {
            names.add(category);
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
