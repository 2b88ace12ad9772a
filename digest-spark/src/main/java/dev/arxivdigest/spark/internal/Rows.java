package dev.arxivdigest.spark.internal;

import dev.arxivdigest.archive.ArchiveProblem;
import dev.arxivdigest.archive.ArchivedPaper;
import dev.arxivdigest.archive.Sighting;
import dev.arxivdigest.json.JsonWriter;
import dev.arxivdigest.model.Field;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Section;
import dev.arxivdigest.model.Severity;
import dev.arxivdigest.spark.PaperRow;
import dev.arxivdigest.spark.ProblemRow;
import dev.arxivdigest.spark.SightingRow;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

/** Turns the archive's papers and problems into rows. */
public final class Rows {

    private Rows() {
    }

    /**
     * A paper's row.
     *
     * @param p the paper
     * @param sourceOrder its source's place among the inputs
     * @param shown how a file is shown
     * @return the row
     */
    public static PaperRow paper(ArchivedPaper p, int sourceOrder, Function<Path, String> shown) {
        Sighting s = p.sighting();
        Paper paper = p.paper();
        PaperRow r = new PaperRow();
        r.setSource(s.source());
        r.setSourceOrder(sourceOrder);
        r.setDate(s.date());
        r.setCategory(s.category());
        r.setPosition(s.position());
        r.setFile(shown.apply(s.file()));
        r.setLine(s.line());
        p.id().ifPresent(id -> {
            r.setId(id.value());
            r.setIdKind(id.kind().name());
        });
        paper.arxivId().ifPresent(a -> {
            r.setArxivId(a.id());
            if (a.version().isPresent()) {
                r.setArxivVersion(a.version().getAsInt());
            }
        });
        r.setIndex(paper.index().orElse(null));
        r.setTitle(paper.title());
        r.setLink(paper.link());
        r.setAuthors(new ArrayList<>(paper.authors()));
        r.setMainCategory(paper.text(Field.MAIN_CATEGORY).orElse(null));
        r.setTldr(paper.text(Field.TLDR).orElse(null));
        r.setMotivation(paper.text(Field.MOTIVATION).orElse(null));
        r.setMethod(paper.text(Field.METHOD).orElse(null));
        r.setResult(paper.text(Field.RESULT).orElse(null));
        r.setConclusion(paper.text(Field.CONCLUSION).orElse(null));
        r.setAbstractText(paper.text(Field.ABSTRACT).orElse(null));
        Map<String, String> sections = new LinkedHashMap<>();
        for (Section section : paper.allSections()) {
            sections.merge(section.label(), section.text(), (a, b) -> a + "\n\n" + b);
        }
        r.setSections(sections);
        r.setHasRecord(p.record().isPresent());
        r.setCategories(new ArrayList<>(p.categories()));
        r.setPdf(p.pdf().orElse(null));
        r.setComment(p.comment().orElse(null));
        r.setCodeUrl(p.codeUrl().orElse(null));
        OptionalLong stars = p.codeStars();
        r.setCodeStars(stars.isPresent() ? stars.getAsLong() : null);
        r.setRecordExtras(p.recordExtras().members().isEmpty() ? null : JsonWriter.toString(p.recordExtras()));
        r.setProblemCount(paper.problems().size());
        return r;
    }

    /**
     * The sighting of a paper's row.
     *
     * @param r the row
     * @return where it was seen
     */
    public static SightingRow sighting(PaperRow r) {
        SightingRow s = new SightingRow();
        s.setDate(r.getDate());
        s.setSource(r.getSource());
        s.setSourceOrder(r.getSourceOrder());
        s.setCategory(r.getCategory());
        s.setPosition(r.getPosition());
        s.setFile(r.getFile());
        s.setLine(r.getLine());
        return s;
    }

    /**
     * An archive problem's row.
     *
     * @param p the problem
     * @param date the day of the file
     * @param shown how a file is shown
     * @return the row
     */
    public static ProblemRow problem(ArchiveProblem p, LocalDate date, Function<Path, String> shown) {
        return problem(p.source(), date, shown.apply(p.file()), p.problem().code(), p.problem().severity(),
                p.problem().line(), p.problem().column(), p.problem().message());
    }

    /**
     * A problem's row.
     *
     * @param source the source
     * @param date the day, or null
     * @param file the file as shown
     * @param code the code
     * @param severity the severity
     * @param line the line
     * @param column the column
     * @param message the message
     * @return the row
     */
    public static ProblemRow problem(String source, LocalDate date, String file, String code, Severity severity,
                                     int line, int column, String message) {
        ProblemRow r = new ProblemRow();
        r.setSource(source);
        r.setDate(date);
        r.setFile(file);
        r.setCode(code);
        r.setSeverity(severity.name());
        r.setLine(line);
        r.setColumn(column);
        r.setMessage(message);
        return r;
    }

    /**
     * A problem for a file or directory that could not be read, worded as the archive words it.
     *
     * @param source the source
     * @param date the day, or null
     * @param file the file as shown
     * @param e the failure
     * @return the row
     */
    public static ProblemRow unreadable(String source, LocalDate date, String file, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return problem(source, date, file, ArchiveProblem.UNREADABLE, Severity.ERROR, 1, 1, "cannot be read: " + why);
    }

    /**
     * The unique key of a paper: its identifier's kind and value, or, for a paper without one, its
     * sighting (such a paper is its own unique paper, as in the archive).
     *
     * @param r the row
     * @return the key
     */
    public static String uniqueKey(PaperRow r) {
        if (r.getId() != null) {
            return r.getIdKind() + ":" + r.getId();
        }
        return "\u0000" + r.getSourceOrder() + "/" + r.getDate() + "/" + r.getPosition();
    }
}
