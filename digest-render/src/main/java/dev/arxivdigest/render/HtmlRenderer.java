package dev.arxivdigest.render;

import dev.arxivdigest.render.internal.SafeMarkdown;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Section;

import java.util.Objects;
import java.util.Optional;

/**
 * Renders the markdown inside fields to safe HTML or to plain text, on demand: parsing never
 * renders.
 *
 * <p>Field text is written by a language model and must be treated as untrusted. Every HTML this
 * class returns has been sanitized against an allow-list: no script, style, frame, object, SVG or
 * MathML element, no event-handler attribute, and links and images only with {@code http},
 * {@code https} or {@code mailto} URLs, whatever the case, white space or character entities they
 * are written with.
 *
 * <p>No remote image by default: an image in the text would be loaded from its server when the
 * HTML is shown, telling a third party who read it and when (a tracking pixel in a newsletter or
 * mail). By default each image becomes a plain link to it, labelled with its alt text ("image" if
 * it has none), or its alt text alone when it is already inside a link; {@code srcset} and other
 * image attributes are never kept. {@link Builder#remoteImages(RemoteImages)} with
 * {@link RemoteImages#LOAD} keeps the images, still sanitized.
 *
 * <p>The markdown engine is guarded: fragments that are too long or shaped like the inputs known to
 * crash it or make it slow (deep nesting, long runs of brackets, emphasis or backslashes) are not
 * given to it, its work is bounded by a budget on its reads of the input (its regular expressions
 * can otherwise backtrack for minutes on a few dozen characters), and anything it throws is
 * caught. Such a fragment is rendered as escaped plain text,
 * and {@link Rendered#fellBack()} says so, with the reason.
 *
 * <pre>{@code
 * HtmlRenderer html = HtmlRenderer.defaults();
 * String safe = html.render(paper).html();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlRenderer {

    private static final HtmlRenderer DEFAULTS = builder().build();

    private final SafeMarkdown engine;

    private HtmlRenderer(int maxLength, RemoteImages remoteImages) {
        this.engine = new SafeMarkdown(maxLength, remoteImages == RemoteImages.LOAD);
    }

    /**
     * {@return the renderer with the default settings: fragments up to 100,000 characters, remote
     * images turned into links}
     */
    public static HtmlRenderer defaults() {
        return DEFAULTS;
    }

    /** {@return a builder, set to the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a renderer that gives fragments up to {@code maxLength} characters to the markdown
     * engine and renders longer ones as plain text.
     *
     * @param maxLength at least 1
     * @return the renderer
     * @throws IllegalArgumentException if {@code maxLength} is less than 1
     */
    public static HtmlRenderer withMaxLength(int maxLength) {
        return builder().maxLength(maxLength).build();
    }

    /**
     * Renders a markdown fragment, such as a TL;DR, to sanitized HTML.
     *
     * @param markdown the fragment
     * @return the HTML, and whether it fell back to plain text
     */
    public Rendered render(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        return rendered(engine.block(markdown));
    }

    /**
     * Renders a section's text to sanitized HTML.
     *
     * @param section the section
     * @return the HTML of its text (the label is not included)
     */
    public Rendered render(Section section) {
        Objects.requireNonNull(section, "section");
        return render(section.text());
    }

    /**
     * Renders a markdown fragment that stands on one line, such as a title, to sanitized inline
     * HTML (no enclosing paragraph).
     *
     * @param markdown the fragment
     * @return the HTML
     */
    public Rendered renderInline(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        return rendered(engine.inline(markdown));
    }

    /**
     * Renders a whole paper: its title as a heading linked to the paper, its authors, and every
     * section as a definition list entry, label then rendered text.
     *
     * @param paper the paper
     * @return the sanitized HTML; {@code fellBack} if any part fell back to plain text
     */
    public Rendered render(Paper paper) {
        Objects.requireNonNull(paper, "paper");
        StringBuilder sb = new StringBuilder(1024);
        String reason = null;
        Rendered title = renderInline(paper.title());
        reason = title.reason().orElse(reason);
        sb.append("<article><h3>");
        if (!paper.link().isEmpty()) {
            sb.append("<a href=\"").append(SafeMarkdown.escape(paper.link())).append("\">").append(title.html())
                    .append("</a>");
        } else {
            sb.append(title.html());
        }
        sb.append("</h3>");
        if (!paper.authors().isEmpty()) {
            sb.append("<p>").append(SafeMarkdown.escape(String.join(", ", paper.authors()))).append("</p>");
        }
        sb.append("<dl>");
        for (Section s : paper.allSections()) {
            sb.append("<dt>").append(SafeMarkdown.escape(s.label())).append("</dt><dd>");
            Rendered r = render(s);
            if (r.fellBack() && reason == null) {
                reason = r.reason().orElse(null);
            }
            sb.append(r.html()).append("</dd>");
        }
        sb.append("</dl></article>");
        return rendered(new SafeMarkdown.Result(engine.sanitize(sb.toString()), reason));
    }

    /** The engine's result as the public one: fell back if it has a reason. */
    private static Rendered rendered(SafeMarkdown.Result r) {
        return new Rendered(r.html(), r.fallbackReason() != null, Optional.ofNullable(r.fallbackReason()));
    }

    /**
     * Renders a markdown fragment to plain text: markup removed, paragraphs separated by blank
     * lines. A fragment the engine is not given comes back as written.
     *
     * @param markdown the fragment
     * @return the text
     */
    public String toPlainText(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        return engine.plainText(markdown);
    }

    /** What happens to the images in the text. */
    public enum RemoteImages {
        /** Each image becomes a link to it, labelled with its alt text: nothing is loaded. The default. */
        AS_LINKS,
        /** Images are kept (sanitized: {@code http}/{@code https} sources only) and load when shown. */
        LOAD
    }

    /**
     * Configures a renderer. Not thread-safe; the renderer it builds is.
     */
    public static final class Builder {

        private int maxLength = SafeMarkdown.DEFAULT_MAX_LENGTH;
        private RemoteImages remoteImages = RemoteImages.AS_LINKS;

        private Builder() {
        }

        /**
         * Sets the longest fragment given to the markdown engine; longer ones are rendered as plain
         * text. Default 100,000 characters.
         *
         * @param maxLength at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code maxLength} is less than 1
         */
        public Builder maxLength(int maxLength) {
            if (maxLength < 1) {
                throw new IllegalArgumentException("maxLength must be at least 1: " + maxLength);
            }
            this.maxLength = maxLength;
            return this;
        }

        /**
         * Sets what happens to images; default {@link RemoteImages#AS_LINKS}. Choose
         * {@link RemoteImages#LOAD} only where loading a third party's image when the HTML is shown
         * is acceptable.
         *
         * @param remoteImages the policy
         * @return this builder
         */
        public Builder remoteImages(RemoteImages remoteImages) {
            this.remoteImages = Objects.requireNonNull(remoteImages, "remoteImages");
            return this;
        }

        /** {@return a renderer with this configuration} */
        public HtmlRenderer build() {
            return new HtmlRenderer(maxLength, remoteImages);
        }
    }

    /**
     * The outcome of rendering.
     *
     * @param html sanitized HTML, safe to embed in a page
     * @param fellBack true if the markdown engine was skipped or failed and the text was escaped instead
     * @param reason why it fell back, if it did
     */
    public record Rendered(String html, boolean fellBack, Optional<String> reason) {
        /**
         * Validates.
         *
         * @param html sanitized HTML, safe to embed in a page
         * @param fellBack true if the markdown engine was skipped or failed and the text was escaped instead
         * @param reason why it fell back, if it did
         * @throws NullPointerException if a component is null
         */
        public Rendered {
            Objects.requireNonNull(html, "html");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
