package dev.arxivdigest.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.arxivdigest.model.Attributes;
import dev.arxivdigest.model.Category;
import dev.arxivdigest.model.Details;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Field;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Section;
import dev.arxivdigest.model.SourceSpan;
import dev.arxivdigest.model.TocEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds canonical digests from fuzz data, within what the canonical template can represent: one
 * line per value part, each part starting with a letter, no {@code "]("} in titles, no {@code ,} or
 * {@code |} in author names.
 */
final class RoundTripDigests {

    private RoundTripDigests() {
    }

    static String line(FuzzedDataProvider data, int max) {
        String s = data.consumeString(max).replace('\r', ' ').replace('\n', ' ').replace('\0', ' ')
                .replace('\u2028', ' ').replace('\u2029', ' ').replace('\u0085', ' ').replace('\u000b', ' ')
                .replace('\u000c', ' ');
        return "W" + s.strip() + "x";
    }

    static String value(FuzzedDataProvider data) {
        StringBuilder sb = new StringBuilder(line(data, 60));
        int more = data.consumeInt(0, 2);
        for (int i = 0; i < more; i++) {
            sb.append(data.consumeBoolean() ? "\n  " : "\n").append(line(data, 40));
        }
        return sb.toString();
    }

    static Section section(Field f, String text) {
        return new Section(f.canonicalLabel(), Optional.of(f), text, List.of(), SourceSpan.EMPTY);
    }

    static Digest build(FuzzedDataProvider data) {
        List<Category> cats = new ArrayList<>();
        List<TocEntry> toc = new ArrayList<>();
        int index = 1;
        int nc = data.consumeInt(1, 3);
        for (int c = 0; c < nc; c++) {
            String name = "c" + c;
            int np = data.consumeInt(1, 3);
            List<Paper> papers = new ArrayList<>();
            for (int p = 0; p < np; p++) {
                List<String> authors = new ArrayList<>();
                int na = data.consumeInt(1, 3);
                for (int a = 0; a < na; a++) {
                    authors.add(line(data, 20).replace(",", "").replace("|", "").replace("*", ""));
                }
                String title = line(data, 80).replace("](", "] (");
                List<Section> before = List.of(section(Field.MAIN_CATEGORY, name), section(Field.TLDR, value(data)));
                List<Section> inside = List.of(section(Field.MOTIVATION, value(data)), section(Field.METHOD, value(data)),
                        section(Field.RESULT, value(data)), section(Field.CONCLUSION, value(data)),
                        section(Field.ABSTRACT, value(data)));
                papers.add(new Paper(Optional.of(Integer.toString(index)), title,
                        "https://arxiv.org/abs/2501." + String.format("%05d", index), Optional.empty(), authors, before,
                        Optional.of(new Details("Details", inside, Attributes.EMPTY, SourceSpan.EMPTY)), Attributes.EMPTY,
                        SourceSpan.EMPTY, List.of()));
                index++;
            }
            toc.add(new TocEntry(name, name, OptionalInt.of(np), SourceSpan.EMPTY));
            cats.add(new Category(name, name, OptionalInt.of(np), papers, SourceSpan.EMPTY));
        }
        return new Digest(Optional.empty(), Optional.empty(), toc, cats, List.of());
    }
}
