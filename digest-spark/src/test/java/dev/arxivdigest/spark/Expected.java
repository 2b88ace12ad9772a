package dev.arxivdigest.spark;

import dev.arxivdigest.archive.ArchiveProblem;
import dev.arxivdigest.archive.ArchivedPaper;
import dev.arxivdigest.archive.ArchiveStream;
import dev.arxivdigest.archive.DigestArchive;
import dev.arxivdigest.archive.Sighting;
import dev.arxivdigest.archive.UniquePaper;
import dev.arxivdigest.archive.UniquePapers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the single-machine archive gives on a set of roots, written as plain strings, and the same
 * strings made from Spark's rows, so that the two can be compared with {@code assertEquals}.
 */
final class Expected {

    private Expected() {
    }

    /** The archive's answer. */
    record Archive(Map<String, String> unique, Map<String, Long> perDay, List<String> problems, long sightings) {
    }

    static Archive archive(Map<String, Path> roots) {
        DigestArchive.Builder b = DigestArchive.builder().maxProblems(Integer.MAX_VALUE);
        roots.forEach(b::addSource);
        DigestArchive archive = b.build();
        UniquePapers u = archive.unique(LocalDate.MIN, LocalDate.MAX, UniquePaper.Content.FIRST);
        Map<String, String> unique = new TreeMap<>();
        for (UniquePaper p : u.papers()) {
            String key = p.id().map(id -> id.kind() + ":" + id.value()).orElse("(none) " + sighting(p.first()));
            String prev = unique.put(key, describe(p));
            if (prev != null) {
                throw new AssertionError("two unique papers for " + key);
            }
        }
        Map<String, Long> perDay = new TreeMap<>();
        long sightings = 0;
        try (ArchiveStream<ArchivedPaper> s = archive.papers()) {
            for (ArchivedPaper p : s) {
                perDay.merge(p.sighting().source() + " " + p.sighting().date(), 1L, Long::sum);
                sightings++;
            }
        }
        List<String> problems = new ArrayList<>();
        for (ArchiveProblem p : u.problems()) {
            problems.add(p.source() + " " + p.file() + ":" + p.problem().line() + ":" + p.problem().column() + ": "
                    + p.problem().severity() + ": " + p.problem().code() + ": " + p.problem().message());
        }
        problems.sort(null);
        return new Archive(unique, perDay, problems, sightings);
    }

    private static String sighting(Sighting s) {
        return s.date() + " " + s.source() + " [" + s.category() + "] #" + s.position() + " " + s.file() + ":" + s.line();
    }

    private static String describe(UniquePaper p) {
        ArchivedPaper c = p.content();
        List<String> sightings = p.sightings().stream().map(Expected::sighting).toList();
        return "title=" + c.paper().title() + " authors=" + c.paper().authors() + " tldr=" + c.paper().tldr().orElse(null)
                + " abstract=" + c.paper().abstractText().orElse(null) + " pdf=" + c.pdf().orElse(null)
                + " comment=" + c.comment().orElse(null) + " categories=" + p.categories() + " sightings=" + sightings;
    }

    // ------------------------------------------------------------------ the same, from Spark's rows

    static Map<String, String> unique(List<UniquePaperRow> rows) {
        Map<String, String> out = new TreeMap<>();
        for (UniquePaperRow u : rows) {
            String key = u.getId() != null ? u.getIdKind() + ":" + u.getId() : "(none) " + sighting(u.getSightings().get(0));
            String prev = out.put(key, describe(u));
            if (prev != null) {
                throw new AssertionError("two unique rows for " + key);
            }
        }
        return out;
    }

    private static String sighting(SightingRow s) {
        return s.getDate() + " " + s.getSource() + " [" + s.getCategory() + "] #" + s.getPosition() + " " + s.getFile() + ":" + s.getLine();
    }

    private static String describe(UniquePaperRow u) {
        PaperRow c = u.getPaper();
        List<String> sightings = u.getSightings().stream().map(Expected::sighting).toList();
        return "title=" + c.getTitle() + " authors=" + c.getAuthors() + " tldr=" + c.getTldr()
                + " abstract=" + c.getAbstractText() + " pdf=" + c.getPdf()
                + " comment=" + c.getComment() + " categories=" + u.getCategories() + " sightings=" + sightings;
    }

    static Map<String, Long> perDay(List<PaperRow> rows) {
        Map<String, Long> out = new TreeMap<>();
        for (PaperRow r : rows) {
            out.merge(r.getSource() + " " + r.getDate(), 1L, Long::sum);
        }
        return out;
    }

    static List<String> problems(List<ProblemRow> rows) {
        List<String> out = new ArrayList<>();
        for (ProblemRow p : rows) {
            out.add(p.getSource() + " " + p.getFile() + ":" + p.getLine() + ":" + p.getColumn() + ": " + p.getSeverity() + ": "
                    + p.getCode() + ": " + p.getMessage());
        }
        out.sort(null);
        return out;
    }
}
