package dev.arxivdigest.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An arXiv identifier: new style ({@code 2512.21349}), with a version ({@code 2512.21349v2}), or
 * old style ({@code hep-th/9901001}).
 *
 * <p>Two ids are equal when they name the same paper, whatever their versions:
 * {@code 2512.21349v2} equals {@code 2512.21349}. Compare {@link #version()} too when it matters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the identifier without version, such as {@code 2512.21349} or {@code hep-th/9901001}
 * @param version the version number if the identifier carried one
 */
public record ArxivId(String id, OptionalInt version) {

    /**
     * Validates the identifier.
     *
     * @param id the identifier without version, such as {@code 2512.21349} or {@code hep-th/9901001}
     * @param version the version number if the identifier carried one
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code id} is not an arXiv identifier without version,
     *     or the version is below 1
     */
    public ArxivId {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        if (scan(id, 0, id.length()) != id.length()) {
            throw new IllegalArgumentException("not an arXiv identifier: " + id);
        }
        if (version.isPresent() && version.getAsInt() < 1) {
            throw new IllegalArgumentException("bad version " + version.getAsInt());
        }
    }

    /**
     * Parses an identifier such as {@code 2512.21349}, {@code 2512.21349v2} or {@code hep-th/9901001}.
     *
     * @param text the identifier, without URL
     * @return the identifier, or empty if {@code text} is not one
     */
    public static Optional<ArxivId> parse(String text) {
        Objects.requireNonNull(text, "text");
        return parse(text, 0, text.length());
    }

    /**
     * Extracts the identifier from a link to an arXiv paper: its abstract, PDF or HTML page on
     * arXiv ({@code https://arxiv.org/abs/2512.21349v2}, {@code http://arxiv.org/pdf/hep-th/9901001.pdf},
     * any subdomain such as {@code export.}), its arXiv DOI ({@code https://doi.org/10.48550/arXiv.2512.21349}),
     * or its page on a well-known mirror ({@code alphaxiv.org/abs/}, {@code huggingface.co/papers/},
     * {@code papers.cool/arxiv/}). A query string, fragment, trailing slash or {@code .pdf} is ignored.
     *
     * @param url the link
     * @return the identifier, or empty if the link is not a link to an arXiv paper
     */
    public static Optional<ArxivId> fromUrl(String url) {
        Objects.requireNonNull(url, "url");
        int hostStart = 0;
        int scheme = url.indexOf("://");
        if (scheme >= 0) {
            String name = url.substring(0, scheme);
            if (!name.equalsIgnoreCase("https") && !name.equalsIgnoreCase("http")) {
                return Optional.empty();
            }
            hostStart = scheme + 3;
        }
        int hostEnd = url.indexOf('/', hostStart);
        if (hostEnd < 0) {
            return Optional.empty();
        }
        int start = -1;
        for (String[] route : ROUTES) {
            if (isHost(url, hostStart, hostEnd, route[0]) && url.regionMatches(true, hostEnd, route[1], 0, route[1].length())) {
                start = hostEnd + route[1].length();
                break;
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        int end = url.length();
        for (int i = start; i < end; i++) {
            char c = url.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        while (end > start && url.charAt(end - 1) == '/') {
            end--;
        }
        if (end - 4 > start && url.regionMatches(true, end - 4, ".pdf", 0, 4)) {
            end -= 4;
        }
        return parse(url, start, end);
    }

    /** Host (or host suffix after a dot) and the path prefix that precedes the identifier. */
    private static final String[][] ROUTES = {
        {"arxiv.org", "/abs/"}, {"arxiv.org", "/pdf/"}, {"arxiv.org", "/html/"},
        {"doi.org", "/10.48550/arXiv."}, {"alphaxiv.org", "/abs/"}, {"huggingface.co", "/papers/"},
        {"papers.cool", "/arxiv/"},
    };

    /** {@code host} or one of its subdomains ({@code www.}, {@code export.}), any case, any port. */
    private static boolean isHost(String url, int from, int to, String host) {
        int colon = url.indexOf(':', from);
        if (colon >= 0 && colon < to) {
            to = colon;
        }
        int n = to - from;
        if (n < host.length() || !url.regionMatches(true, to - host.length(), host, 0, host.length())) {
            return false;
        }
        return n == host.length() || url.charAt(to - host.length() - 1) == '.';
    }

    private static Optional<ArxivId> parse(String s, int start, int end) {
        int idEnd = scan(s, start, end);
        if (idEnd < 0) {
            return Optional.empty();
        }
        if (idEnd == end) {
            return Optional.of(new ArxivId(s.substring(start, end), OptionalInt.empty()));
        }
        if (s.charAt(idEnd) != 'v' || idEnd + 1 == end || end - idEnd > 6) {
            return Optional.empty();
        }
        int v = 0;
        for (int i = idEnd + 1; i < end; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
            v = v * 10 + (c - '0');
        }
        if (v < 1) {
            return Optional.empty();
        }
        return Optional.of(new ArxivId(s.substring(start, idEnd), OptionalInt.of(v)));
    }

    /** Returns the end of the identifier starting at {@code start}, or -1 if there is none. */
    private static int scan(String s, int start, int end) {
        // New style: YYMM.NNNN or YYMM.NNNNN
        int i = start;
        int digits = countDigits(s, i, end);
        if (digits == 4 && i + 4 < end && s.charAt(i + 4) == '.') {
            int tail = countDigits(s, i + 5, end);
            if (tail == 4 || tail == 5) {
                return i + 5 + tail;
            }
            return -1;
        }
        // Old style: archive(.SUBJ)?/YYMMNNN
        while (i < end) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || c == '-') {
                i++;
            } else {
                break;
            }
        }
        if (i == start) {
            return -1;
        }
        if (i < end && s.charAt(i) == '.') {
            int j = i + 1;
            while (j < end && s.charAt(j) >= 'A' && s.charAt(j) <= 'Z') {
                j++;
            }
            if (j - i - 1 != 2) {
                return -1;
            }
            i = j;
        }
        if (i >= end || s.charAt(i) != '/') {
            return -1;
        }
        return countDigits(s, i + 1, end) == 7 ? i + 8 : -1;
    }

    private static int countDigits(String s, int from, int end) {
        int i = from;
        while (i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /** {@return true for an old-style identifier such as {@code hep-th/9901001}} */
    public boolean isOldStyle() {
        return id.indexOf('/') >= 0;
    }

    /** {@return the abstract page, {@code https://arxiv.org/abs/ID}, with the version if there is one} */
    public String absUrl() {
        return "https://arxiv.org/abs/" + toString();
    }

    /** {@return the PDF link, {@code https://arxiv.org/pdf/ID}, with the version if there is one} */
    public String pdfUrl() {
        return "https://arxiv.org/pdf/" + toString();
    }

    /** {@return true if both name the same paper, whatever their versions} */
    @Override
    public boolean equals(Object o) {
        return o instanceof ArxivId other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** {@return the identifier as written in a link: the id and, if present, {@code v} and the version} */
    @Override
    public String toString() {
        return version.isPresent() ? id + "v" + version.getAsInt() : id;
    }
}
