package dev.arxivdigest.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The identifier of a paper, whatever its source: its arXiv id when there is one, else its DOI, else
 * its link.
 *
 * <p>Read from a link by {@link #fromLink(String)}: arXiv abstract, PDF and HTML pages and mirrors
 * (as {@link ArxivId#fromUrl(String)} reads them), DOI links ({@code doi.org}, {@code dx.doi.org},
 * publisher {@code /doi/} paths such as {@code link.aps.org/doi/10.1103/…} or
 * {@code onlinelibrary.wiley.com/doi/full/10.1002/…}); an arXiv DOI ({@code 10.48550/arXiv.…}) is
 * the arXiv id. Any other link (OpenAlex, a journal page) is its own identifier.
 *
 * <p>Two identifiers are equal when they name the same paper: arXiv ids whatever their versions,
 * DOIs whatever their case (DOIs are case-insensitive), links as written (without surrounding white
 * space). The {@link #value()} is the identifier as upstream's records write it: {@code 2512.21349},
 * {@code 10.1103/hxzf-nmpx}, or the link.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what the identifier is
 * @param value the arXiv id without version, the DOI in lower case, or the link
 * @param arxivId the arXiv id as read (with its version, if any), for an arXiv identifier; empty otherwise
 */
public record PaperId(Kind kind, String value, Optional<ArxivId> arxivId) {

    /** What a {@link PaperId} is. */
    public enum Kind {
        /** An arXiv identifier. */
        ARXIV,
        /** A DOI that is not an arXiv DOI. */
        DOI,
        /** A link that holds neither an arXiv id nor a DOI. */
        LINK
    }

    /**
     * Validates.
     *
     * @param kind what the identifier is
     * @param value the arXiv id without version, the DOI in lower case, or the link
     * @param arxivId the arXiv id as read (with its version, if any), for an arXiv identifier; empty otherwise
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code value} is blank, or {@code arxivId} is present
     *     exactly when the kind is not {@link Kind#ARXIV} or does not match {@code value}
     */
    public PaperId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(arxivId, "arxivId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank paper identifier");
        }
        if ((kind == Kind.ARXIV) != arxivId.isPresent()) {
            throw new IllegalArgumentException("an arXiv id goes with kind ARXIV only: " + kind);
        }
        if (arxivId.isPresent() && !arxivId.get().id().equals(value)) {
            throw new IllegalArgumentException("value " + value + " is not arXiv id " + arxivId.get().id());
        }
    }

    /**
     * The identifier of an arXiv paper.
     *
     * @param id the arXiv id
     * @return the identifier
     */
    public static PaperId of(ArxivId id) {
        Objects.requireNonNull(id, "id");
        return new PaperId(Kind.ARXIV, id.id(), Optional.of(id));
    }

    /**
     * Reads the identifier a link stands for: its arXiv id, else its DOI, else the link itself.
     *
     * @param link the link, as written
     * @return the identifier, or empty if the link is blank
     */
    public static Optional<PaperId> fromLink(String link) {
        Objects.requireNonNull(link, "link");
        String s = link.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Optional<ArxivId> arxiv = ArxivId.fromUrl(s);
        if (arxiv.isPresent()) {
            return Optional.of(of(arxiv.get()));
        }
        Optional<PaperId> doi = doiFromLink(s);
        return doi.isPresent() ? doi : Optional.of(new PaperId(Kind.LINK, s, Optional.empty()));
    }

    /**
     * Reads an identifier as records write it: a bare arXiv id ({@code 2512.21349v2},
     * {@code arXiv:2512.21349}), a bare DOI ({@code 10.1103/hxzf-nmpx}, {@code doi:10.1103/…}), or a
     * link (read as {@link #fromLink(String)} reads it).
     *
     * @param text the identifier
     * @return the identifier, or empty if {@code text} is blank
     */
    public static Optional<PaperId> parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String bare = s.regionMatches(true, 0, "arXiv:", 0, 6) ? s.substring(6) : s;
        Optional<ArxivId> arxiv = ArxivId.parse(bare);
        if (arxiv.isPresent()) {
            return Optional.of(of(arxiv.get()));
        }
        String doi = s.regionMatches(true, 0, "doi:", 0, 4) ? s.substring(4).strip() : s;
        if (isDoi(doi, 0)) {
            return Optional.of(doi(doi));
        }
        return fromLink(s);
    }

    /** {@return true for an arXiv identifier} */
    public boolean isArxiv() {
        return kind == Kind.ARXIV;
    }

    /** {@return the DOI, in lower case, for a DOI identifier; empty otherwise} */
    public Optional<String> doi() {
        return kind == Kind.DOI ? Optional.of(value) : Optional.empty();
    }

    /** {@return true if both name the same paper: same kind and value, whatever the arXiv version} */
    @Override
    public boolean equals(Object o) {
        return o instanceof PaperId other && kind == other.kind && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + value.hashCode();
    }

    /** {@return the {@link #value()}: the identifier as records write it} */
    @Override
    public String toString() {
        return value;
    }

    // ------------------------------------------------------------------ DOIs

    /** Path prefixes between a publisher's {@code /doi/} and the DOI itself. */
    private static final String[] DOI_VIEWS = {"abs/", "full/", "pdf/", "epdf/", "epub/", "book/", "fullHtml/", "pdfdirect/"};

    private static Optional<PaperId> doiFromLink(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return Optional.empty();
        }
        String name = url.substring(0, scheme);
        if (!name.equalsIgnoreCase("https") && !name.equalsIgnoreCase("http")) {
            return Optional.empty();
        }
        int hostStart = scheme + 3;
        int hostEnd = url.indexOf('/', hostStart);
        if (hostEnd < 0) {
            return Optional.empty();
        }
        int end = url.length();
        for (int i = hostEnd; i < end; i++) {
            char c = url.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        String path = decode(url.substring(hostEnd, end));
        String host = url.substring(hostStart, hostEnd).toLowerCase(Locale.ROOT);
        int colon = host.indexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        int start;
        if (host.equals("doi.org") || host.endsWith(".doi.org")) {
            start = 1;
        } else {
            int at = path.indexOf("/doi/");
            if (at < 0) {
                return Optional.empty();
            }
            start = at + 5;
            for (String view : DOI_VIEWS) {
                if (path.startsWith(view, start)) {
                    start += view.length();
                    break;
                }
            }
        }
        int stop = path.length();
        while (stop > start && path.charAt(stop - 1) == '/') {
            stop--;
        }
        String doi = path.substring(start, stop);
        if (!isDoi(doi, 0)) {
            return Optional.empty();
        }
        return Optional.of(doi(doi));
    }

    /** A DOI, with {@code 10.48550/arXiv.ID} mapped to the arXiv id. */
    private static PaperId doi(String doi) {
        String prefix = "10.48550/arxiv.";
        if (doi.regionMatches(true, 0, prefix, 0, prefix.length())) {
            Optional<ArxivId> arxiv = ArxivId.parse(doi.substring(prefix.length()));
            if (arxiv.isPresent()) {
                return of(arxiv.get());
            }
        }
        return new PaperId(Kind.DOI, doi.toLowerCase(Locale.ROOT), Optional.empty());
    }

    /** {@code 10.} then digits and dots (the registrant), then {@code /} and a suffix without white space. */
    private static boolean isDoi(String s, int from) {
        if (!s.startsWith("10.", from)) {
            return false;
        }
        int i = from + 3;
        int digits = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            digits++;
            i++;
        }
        if (digits == 0 || i >= s.length() - 1 || s.charAt(i) != '/') {
            return false;
        }
        for (int j = i + 1; j < s.length(); j++) {
            if (Character.isWhitespace(s.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    /** Percent-decodes a path (DOIs are often written with {@code %2F}); malformed escapes stay as written. */
    private static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        byte[] out = new byte[path.length() * 3];
        int n = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && hex(path.charAt(i + 1)) >= 0 && hex(path.charAt(i + 2)) >= 0) {
                out[n++] = (byte) (hex(path.charAt(i + 1)) * 16 + hex(path.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < path.length()) {
                    b = path.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                System.arraycopy(b, 0, out, n, b.length);
                n += b.length;
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
