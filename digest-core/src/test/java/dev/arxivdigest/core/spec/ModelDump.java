package dev.arxivdigest.core.spec;

import dev.arxivdigest.model.Attributes;
import dev.arxivdigest.model.Category;
import dev.arxivdigest.model.Details;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Key;
import dev.arxivdigest.model.Link;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.Section;
import dev.arxivdigest.model.SourceSpan;
import dev.arxivdigest.model.TocEntry;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Writes the whole model of a parsed digest as stable, readable text: the expected output of a
 * spec example (the format is described in {@code src/test/resources/spec/README.md}).
 *
 * <p>One element per line, nested by two spaces. Strings are quoted, with {@code \n}, {@code \t},
 * {@code \r}, {@code \"}, {@code \\} and other control characters escaped, so line breaks and
 * trailing spaces are visible. Spans are {@code @line:column-line:column [startOffset,endOffset)}.
 * Empty lists (items, tags, links, extras, a paper's problems) are left out; an empty {@code Optional} is
 * written {@code -}. Extras are sorted by key name; everything else is in document order.
 */
final class ModelDump {

    private final StringBuilder out = new StringBuilder();

    private ModelDump() {
    }

    /**
     * Dumps a digest.
     *
     * @param digest the parsed digest
     * @return the dump, one line per element, each ending in a newline
     */
    static String of(Digest digest) {
        ModelDump d = new ModelDump();
        d.digest(digest);
        return d.out.toString();
    }

    private void digest(Digest digest) {
        line(0, "title: " + optional(digest.title().map(ModelDump::quote)));
        line(0, "date: " + optional(digest.date().map(Object::toString)));
        line(0, "toc:" + (digest.toc().isEmpty() ? " -" : ""));
        for (TocEntry e : digest.toc()) {
            line(1, "entry " + quote(e.name()) + " anchor=" + quote(e.anchor()) + " total=" + optional(e.total())
                    + " " + span(e.span()));
        }
        for (Category c : digest.categories()) {
            category(c);
        }
        line(0, "problems:" + (digest.problems().isEmpty() ? " -" : ""));
        for (Problem p : digest.problems()) {
            line(1, problem(p));
        }
    }

    private void category(Category c) {
        line(0, "category " + quote(c.name()) + " anchor=" + quote(c.anchor()) + " total=" + optional(c.declaredTotal())
                + " papers=" + c.papers().size() + " " + span(c.span()));
        for (Paper p : c.papers()) {
            paper(p);
        }
    }

    private void paper(Paper p) {
        line(1, "paper " + span(p.span()));
        line(2, "index: " + optional(p.index().map(ModelDump::quote)));
        line(2, "title: " + quote(p.title()));
        line(2, "link: " + quote(p.link()));
        line(2, "arxiv: " + optional(p.arxivId().map(id -> id.id() + " version=" + optional(id.version()))));
        line(2, "authors: " + list(p.authors()));
        links(2, p.headerLinks());
        for (Section s : p.sections()) {
            section(2, s);
        }
        extras(2, p.attributes());
        if (p.details().isPresent()) {
            Details d = p.details().get();
            line(2, "details summary=" + quote(d.summary()) + " " + span(d.span()));
            for (Section s : d.sections()) {
                section(3, s);
            }
            extras(3, d.attributes());
        } else {
            line(2, "details: -");
        }
        if (!p.problems().isEmpty()) {
            line(2, "problems:");
            for (Problem pr : p.problems()) {
                line(3, problem(pr));
            }
        }
    }

    private void section(int depth, Section s) {
        line(depth, "section " + quote(s.label()) + " field=" + optional(s.field().map(Enum::name)) + " " + span(s.span()));
        line(depth + 1, "text: " + quote(s.text()));
        if (!s.items().isEmpty()) {
            line(depth + 1, "items:");
            for (String item : s.items()) {
                line(depth + 2, quote(item));
            }
        }
        if (!s.tags().isEmpty()) {
            line(depth + 1, "tags: " + list(s.tags()));
        }
        links(depth + 1, s.links());
    }

    private void links(int depth, List<Link> links) {
        if (!links.isEmpty()) {
            line(depth, "links:");
            for (Link l : links) {
                line(depth + 1, quote(l.text()) + " -> " + quote(l.url()));
            }
        }
    }

    private void extras(int depth, Attributes attributes) {
        if (attributes.isEmpty()) {
            return;
        }
        line(depth, "extras:");
        attributes.values().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Key<?>, Object> e) -> e.getKey().name()))
                .forEach(e -> line(depth + 1, e.getKey().name() + " = " + value(e.getValue())));
    }

    private static String problem(Problem p) {
        return p.line() + ":" + p.column() + " " + p.severity().name().toLowerCase(java.util.Locale.ROOT) + " "
                + p.code() + " " + quote(p.message());
    }

    /** Renders an extractor's value: strings quoted, lists in brackets, records by component. */
    private static String value(Object v) {
        if (v instanceof String s) {
            return quote(s);
        }
        if (v instanceof List<?> l) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(value(l.get(i)));
            }
            return b.append(']').toString();
        }
        if (v instanceof Optional<?> o) {
            return o.map(ModelDump::value).orElse("-");
        }
        if (v instanceof OptionalInt o) {
            return optional(o);
        }
        if (v instanceof OptionalDouble o) {
            return o.isPresent() ? Double.toString(o.getAsDouble()) : "-";
        }
        if (v instanceof OptionalLong o) {
            return o.isPresent() ? Long.toString(o.getAsLong()) : "-";
        }
        if (v instanceof Record r) {
            StringBuilder b = new StringBuilder(r.getClass().getSimpleName()).append('(');
            RecordComponent[] components = r.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                b.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=');
                try {
                    b.append(value(components[i].getAccessor().invoke(r)));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + components[i], e);
                }
            }
            return b.append(')').toString();
        }
        return v.getClass().getSimpleName() + " " + v;
    }

    private static String list(List<String> values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
        }
        return b.append(']').toString();
    }

    private static String span(SourceSpan s) {
        return "@" + s.startLine() + ":" + s.startColumn() + "-" + s.endLine() + ":" + s.endColumn()
                + " [" + s.startOffset() + "," + s.endOffset() + ")";
    }

    private static String optional(Optional<String> value) {
        return value.orElse("-");
    }

    private static String optional(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "-";
    }

    /** Quotes a string so that every character is visible and the result is one line. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (invisible(s, i)) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** {@return true for control characters, U+FEFF, U+FFFD and unpaired surrogates} */
    private static boolean invisible(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20 || c == 0x7F || c == '\uFEFF' || c == '\uFFFD') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}
