package dev.arxivdigest.examples.cli;

import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a digest as BibTeX: one {@code @misc} entry per paper, in document order, as arXiv
 * recommends citing preprints ({@code eprint}, {@code archivePrefix}, {@code primaryClass}).
 *
 * <p>Keys are stable: {@code arXiv:2512.21349} from the arXiv id without version ({@code /} of
 * old-style ids becomes {@code _}), else {@code digest:DATE:N} with N the paper's position; a key
 * used already gets {@code -2}, {@code -3}... Fields: {@code title} (in double braces, so that
 * styles keep its case), {@code author} (names joined by {@code and}; a name holding the word
 * "and" is braced), {@code year} (the digest's), {@code eprint}, {@code archivePrefix},
 * {@code primaryClass} (the main category), {@code url} and {@code abstract}.
 *
 * <p>Text is kept as LaTeX: backslash commands and {@code $...$} math pass through; the characters
 * special to LaTeX outside math ({@code & % # _}) are escaped unless they already are; a value
 * whose braces do not balance (BibTeX would read past its end) has them written as
 * {@code \textbraceleft{}} and {@code \textbraceright{}}, as are escaped braces ({@code \{}, which
 * BibTeX counts and other readers do not), and a final backslash becomes {@code \textbackslash{}}
 * (it would escape the closing brace). Line breaks become spaces.
 */
final class BibtexExporter {

    private static final Pattern WORD_AND = Pattern.compile("(?i)\\band\\b");

    void write(Digest digest, Writer out) throws IOException {
        Set<String> keys = new HashSet<>();
        String date = digest.date().map(Object::toString).orElse("undated");
        int position = 0;
        for (Paper paper : digest.papers()) {
            position++;
            String key = unique(key(paper, date, position), keys);
            StringBuilder sb = new StringBuilder(1024).append("@misc{").append(key).append(",\n");
            field(sb, "title", "{" + latex(paper.title()) + "}");
            if (!paper.authors().isEmpty()) {
                field(sb, "author", String.join(" and ", paper.authors().stream().map(BibtexExporter::name).toList()));
            }
            digest.date().ifPresent(d -> field(sb, "year", Integer.toString(d.getYear())));
            paper.arxivId().ifPresent(id -> {
                field(sb, "eprint", id.toString());
                field(sb, "archivePrefix", "arXiv");
            });
            paper.mainCategory().map(String::strip).filter(c -> !c.isEmpty())
                    .ifPresent(c -> field(sb, "primaryClass", latex(c)));
            if (!paper.link().isEmpty()) {
                field(sb, "url", url(paper.link()));
            }
            paper.abstractText().filter(a -> !a.isBlank()).ifPresent(a -> field(sb, "abstract", latex(a)));
            sb.setLength(sb.length() - 2); // the last field's ",\n"
            sb.append("\n}\n\n");
            out.write(sb.toString());
        }
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append("  ").append(name).append(" ".repeat(Math.max(1, 14 - name.length()))).append("= {")
                .append(value).append("},\n");
    }

    /** {@return the entry key of a paper} */
    static String key(Paper paper, String date, int position) {
        return paper.arxivId().map(id -> "arXiv:" + id.id().replace('/', '_'))
                .orElse("digest:" + date + ":" + position);
    }

    private static String unique(String key, Set<String> used) {
        String unique = key;
        for (int n = 2; !used.add(unique.toLowerCase(Locale.ROOT)); n++) { // BibTeX keys ignore case
            unique = key + "-" + n;
        }
        return unique;
    }

    private static String name(String author) {
        String n = latex(author);
        return WORD_AND.matcher(n).find() ? "{" + n + "}" : n;
    }

    /**
     * {@return a URL as a field value, verbatim (as biblatex reads {@code url}) except for the
     * characters a braced value cannot hold as they are: backslash, braces, white space and
     * controls, percent-encoded}
     */
    static String url(String link) {
        StringBuilder sb = new StringBuilder(link.length());
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c <= ' ' || c == 0x7F) {
                sb.append('%').append(String.format("%02X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@return text made safe for a braced BibTeX value, LaTeX kept} */
    static String latex(String text) {
        boolean allBraces = !unescapedBracesBalance(text);
        StringBuilder sb = new StringBuilder(text.length() + 8);
        boolean math = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escaped = i > 0 && text.charAt(i - 1) == '\\';
            if ((c == '{' || c == '}') && (escaped || allBraces)) {
                // BibTeX counts an escaped brace, other readers (biber, jbibtex) do not: use the command.
                if (escaped) {
                    sb.setLength(sb.length() - 1);
                }
                sb.append(c == '{' ? "\\textbraceleft{}" : "\\textbraceright{}");
                continue;
            }
            if (c == '$' && !escaped) {
                math = !math;
            }
            if ((c == '&' || c == '%' || c == '#' || (c == '_' && !math)) && !escaped) {
                sb.append('\\');
            }
            sb.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
        }
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) == '\\') { // it would escape the closing brace
            sb.setLength(sb.length() - 1);
            sb.append("\\textbackslash{}");
        }
        return sb.toString();
    }

    /** {@return true if the braces not preceded by a backslash open and close in order} */
    private static boolean unescapedBracesBalance(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean escaped = i > 0 && s.charAt(i - 1) == '\\';
            if (c == '{' && !escaped) {
                depth++;
            } else if (c == '}' && !escaped && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
