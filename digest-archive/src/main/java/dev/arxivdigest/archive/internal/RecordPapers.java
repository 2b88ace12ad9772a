package dev.arxivdigest.archive.internal;

import dev.arxivdigest.json.PaperRecord;
import dev.arxivdigest.model.ArxivId;
import dev.arxivdigest.model.Attributes;
import dev.arxivdigest.model.Field;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Section;
import dev.arxivdigest.model.SourceSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the paper a record stands for, for a day that has records only: the fields upstream's
 * generator would write, as the record holds them, each section spanning the record's line.
 */
final class RecordPapers {

    private RecordPapers() {
    }

    /** The record's fields in the order upstream writes them, with the section label it writes. */
    private static final Object[][] FIELDS = {
        {Field.TLDR, "tldr"}, {Field.MOTIVATION, "motivation"}, {Field.METHOD, "method"},
        {Field.RESULT, "result"}, {Field.CONCLUSION, "conclusion"},
    };

    static Paper paper(PaperRecord r) {
        SourceSpan span = new SourceSpan(0, 0, r.line(), 1, r.line(), 1);
        List<Section> sections = new ArrayList<>();
        r.categories().stream().findFirst().ifPresent(c -> sections.add(section(Field.MAIN_CATEGORY, c, span)));
        for (Object[] f : FIELDS) {
            r.ai((String) f[1]).ifPresent(text -> sections.add(section((Field) f[0], text, span)));
        }
        r.summary().ifPresent(text -> sections.add(section(Field.ABSTRACT, text, span)));
        String link = r.abs().orElse(r.pdf().orElse(""));
        Optional<ArxivId> arxiv = r.id().flatMap(ArxivId::parse);
        if (arxiv.isEmpty()) {
            arxiv = ArxivId.fromUrl(link);
        }
        return new Paper(Optional.empty(), r.title().orElse(""), link, arxiv, r.authors(), sections, Optional.empty(),
                Attributes.EMPTY, span, List.of());
    }

    private static Section section(Field field, String text, SourceSpan span) {
        return new Section(field.canonicalLabel(), Optional.of(field), text, List.of(), span);
    }
}
