package dev.arxivdigest.bench;

import dev.arxivdigest.model.ArxivId;
import dev.arxivdigest.model.Attributes;
import dev.arxivdigest.model.Details;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Field;
import dev.arxivdigest.model.Link;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.Section;
import dev.arxivdigest.model.SourceSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The model's records alone, for {@link ParseBenchmark#modelRecordsOnly}: the parts of every parsed
 * paper (its strings, positions and counts) laid out in flat arrays once, from which each run builds
 * every paper again (its authors list, arXiv id, sections, details and spans), in document order,
 * reading memory in sequence as a parser does, with no text read or copied. Not thread-safe.
 */
final class ModelCopy {

    private final Object[] refs;
    private final long[] numbers;
    private final int papers;

    /** Lays out the parts of every paper of the digests. */
    ModelCopy(List<Digest> digests) {
        List<Object> r = new ArrayList<>();
        List<Long> n = new ArrayList<>();
        int count = 0;
        for (Digest d : digests) {
            for (Paper p : d.papers()) {
                count++;
                r.add(p.index());
                r.add(p.title());
                r.add(p.link());
                r.add(p.arxivId().map(ArxivId::id).orElse(null));
                r.add(p.authors().toArray(new String[0]));
                r.add(p.attributes());
                r.add(p.problems().toArray(new Problem[0]));
                r.add(p.headerLinks().toArray(new Link[0]));
                span(n, p.span());
                sections(r, n, p.sections());
                r.add(p.details().map(Details::summary).orElse(null));
                p.details().ifPresent(x -> {
                    r.add(x.attributes());
                    span(n, x.span());
                    sections(r, n, x.sections());
                });
            }
        }
        this.refs = r.toArray();
        this.numbers = n.stream().mapToLong(Long::longValue).toArray();
        this.papers = count;
    }

    private static void sections(List<Object> r, List<Long> n, List<Section> sections) {
        n.add((long) sections.size());
        for (Section s : sections) {
            r.add(s.label());
            r.add(s.field().orElse(null));
            r.add(s.text());
            r.add(s.items());
            span(n, s.span());
        }
    }

    private static void span(List<Long> n, SourceSpan s) {
        n.add(s.startOffset());
        n.add(s.endOffset());
        n.add((long) s.startLine() << 32 | s.startColumn());
        n.add((long) s.endLine() << 32 | s.endColumn());
    }

    /** Where {@link #build} reads next in {@link #refs} and {@link #numbers}. */
    private int ri;
    private int ni;

    /** {@return the sections of the papers built again, to keep the work alive} */
    long build() {
        ri = 0;
        ni = 0;
        long built = 0;
        for (int k = 0; k < papers; k++) {
            @SuppressWarnings("unchecked")
            Optional<String> index = (Optional<String>) refs[ri++];
            String title = (String) refs[ri++];
            String link = (String) refs[ri++];
            String id = (String) refs[ri++];
            List<String> authors = new ArrayList<>(List.of((String[]) refs[ri++]));
            Attributes attributes = (Attributes) refs[ri++];
            List<Problem> problems = new ArrayList<>(List.of((Problem[]) refs[ri++]));
            List<Link> headerLinks = new ArrayList<>(List.of((Link[]) refs[ri++]));
            SourceSpan span = span();
            List<Section> sections = sections();
            String summary = (String) refs[ri++];
            Optional<Details> details = Optional.empty();
            if (summary != null) {
                Attributes da = (Attributes) refs[ri++];
                SourceSpan ds = span();
                details = Optional.of(new Details(summary, sections(), da, ds));
            }
            Paper p = new Paper(index, title, link,
                    id == null ? Optional.empty() : Optional.of(new ArxivId(id, OptionalInt.empty())), authors, sections,
                    details, attributes, span, problems, headerLinks);
            built += p.sections().size();
        }
        return built;
    }

    /** Builds the sections laid out next: their count, then each one's parts. */
    @SuppressWarnings("unchecked")
    private List<Section> sections() {
        int n = (int) numbers[ni++];
        List<Section> out = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            String label = (String) refs[ri++];
            Field f = (Field) refs[ri++];
            String text = (String) refs[ri++];
            List<String> items = (List<String>) refs[ri++];
            out.add(new Section(label, Optional.ofNullable(f), text, items, span()));
        }
        return out;
    }

    private SourceSpan span() {
        long[] n = numbers;
        int i = ni;
        ni += 4;
        return new SourceSpan(n[i], n[i + 1], (int) (n[i + 2] >>> 32), (int) n[i + 2], (int) (n[i + 3] >>> 32),
                (int) n[i + 3]);
    }
}
