package dev.arxivdigest.render.internal;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The image policy, applied around the allow-list. Before it, protocol-relative sources
 * ({@code //host/x.png}) get the {@code https:} scheme (the allow-list has no page address to
 * resolve them against and would drop them). After it, unless images are to load, each image
 * becomes a link to its source whose text is the alt text (or "image" when there is none), or its
 * alt text alone when it is already inside a link, since links do not nest. In both modes an image
 * left without a source (the allow-list removed it: relative, {@code data:}, {@code srcset} only)
 * becomes its alt text. Stateless.
 */
final class RemoteImages {

    /** The link text of an image that has no alt text. */
    static final String NO_ALT = "image";

    private RemoteImages() {
    }

    /**
     * Gives protocol-relative image sources ({@code //host/x.png}) the {@code https:} scheme, so
     * that the allow-list, which has no page address to resolve them against, keeps them.
     */
    static void protocolRelativeToHttps(Element root) {
        for (Element img : root.select("img[src]")) {
            String src = img.attr("src").strip();
            if (src.startsWith("//")) {
                img.attr("src", "https:" + src);
            }
        }
    }

    /** Applies the policy to every {@code img} below {@code root} of sanitized HTML. */
    static void replace(Element root, boolean load) {
        for (Element img : root.select("img")) {
            String alt = img.attr("alt").strip();
            String src = img.attr("src");
            if (load && !src.isEmpty()) {
                continue;
            }
            if (src.isEmpty() || !img.parents().select("a").isEmpty()) {
                if (alt.isEmpty()) {
                    img.remove();
                } else {
                    img.replaceWith(new TextNode(alt));
                }
                continue;
            }
            Element link = new Element("a").attr("href", src).attr("rel", "nofollow");
            link.appendText(alt.isEmpty() ? NO_ALT : alt);
            img.replaceWith(link);
        }
    }
}
