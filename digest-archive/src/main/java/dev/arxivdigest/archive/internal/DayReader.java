package dev.arxivdigest.archive.internal;

import dev.arxivdigest.archive.ArchiveDay;
import dev.arxivdigest.archive.ArchiveProblem;
import dev.arxivdigest.archive.ArchivedDay;
import dev.arxivdigest.archive.ArchivedPaper;
import dev.arxivdigest.archive.Sighting;
import dev.arxivdigest.core.DigestException;
import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.json.PaperRecord;
import dev.arxivdigest.json.RecordFile;
import dev.arxivdigest.json.RecordsReader;
import dev.arxivdigest.model.Category;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.PaperId;
import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.Severity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Opens one day: parses its digest, reads its records, and joins each paper with its record by
 * identifier. Never throws for a file's content or an unreadable file: those become problems.
 * Stateless and thread-safe.
 */
public final class DayReader {

    private final DigestParser parser;
    private final RecordsReader records;

    /**
     * A reader.
     *
     * @param parser the digest parser (tolerant)
     * @param records the records reader
     */
    public DayReader(DigestParser parser, RecordsReader records) {
        this.parser = parser;
        this.records = records;
    }

    /**
     * Opens a day.
     *
     * @param day the day
     * @return its papers, records and problems
     */
    public ArchivedDay open(ArchiveDay day) {
        List<ArchiveProblem> problems = new ArrayList<>();
        Optional<Digest> digest = Optional.empty();
        if (day.markdown().isPresent()) {
            Path md = day.markdown().get();
            try {
                Digest d = parser.parse(md);
                digest = Optional.of(d);
                for (Problem p : d.problems()) {
                    problems.add(new ArchiveProblem(day.source(), md, p));
                }
            } catch (DigestException e) {
                for (Problem p : e.problems()) {
                    problems.add(new ArchiveProblem(day.source(), md, p));
                }
            } catch (IOException | RuntimeException e) {
                problems.add(DayFiles.unreadable(day.source(), md, e));
            }
        }
        List<PaperRecord> recs = List.of();
        boolean haveRecords = false;
        if (day.records().isPresent()) {
            Path file = day.records().get();
            try {
                RecordFile rf = records.read(file);
                recs = rf.records();
                haveRecords = true;
                for (Problem p : rf.problems()) {
                    problems.add(new ArchiveProblem(day.source(), file, p));
                }
            } catch (IOException | RuntimeException e) {
                problems.add(DayFiles.unreadable(day.source(), file, e));
            }
        }
        if (digest.isPresent()) {
            return join(day, digest.get(), recs, haveRecords, problems);
        }
        return fromRecords(day, recs, problems);
    }

    private static ArchivedDay join(ArchiveDay day, Digest digest, List<PaperRecord> recs, boolean haveRecords,
                                    List<ArchiveProblem> problems) {
        Path md = day.markdown().orElseThrow();
        Path recordFile = day.records().orElse(md);
        Map<PaperId, PaperRecord> byId = new HashMap<>();
        for (PaperRecord r : recs) {
            Optional<PaperId> id = r.paperId();
            if (id.isEmpty()) {
                problems.add(new ArchiveProblem(day.source(), recordFile, new Problem(ArchiveProblem.RECORD_WITHOUT_ID,
                        Severity.WARNING, r.line(), 1, "the record has no id, abs or pdf link")));
            } else if (byId.putIfAbsent(id.get(), r) != null) {
                problems.add(new ArchiveProblem(day.source(), recordFile, new Problem(ArchiveProblem.RECORD_DUPLICATE,
                        Severity.WARNING, r.line(), 1, "a second record for " + id.get() + "; the one on line "
                        + byId.get(id.get()).line() + " is joined")));
            }
        }
        Set<PaperRecord> shown = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<ArchivedPaper> papers = new ArrayList<>(recs.size());
        int position = 0;
        for (Category c : digest.categories()) {
            for (Paper p : c.papers()) {
                position++;
                Optional<PaperRecord> record = p.id().map(byId::get);
                if (record.isPresent()) {
                    shown.add(record.get());
                    compare(day, md, p, record.get(), problems);
                } else if (haveRecords) {
                    problems.add(new ArchiveProblem(day.source(), md, new Problem(ArchiveProblem.RECORD_MISSING,
                            Severity.INFO, p.line(), 1, "no record for " + p.id().map(PaperId::value).orElse("this paper")
                            + " in " + recordFile.getFileName())));
                }
                papers.add(new ArchivedPaper(p, new Sighting(day.date(), day.source(), c.name(), position, md, p.line()), record));
            }
        }
        List<PaperRecord> unshown = new ArrayList<>();
        for (PaperRecord r : recs) {
            if (!shown.contains(r)) {
                unshown.add(r);
            }
        }
        return new ArchivedDay(day, Optional.of(digest), papers, unshown, problems);
    }

    /** A disagreement between what the digest shows and its record: the title (other fields are rewritten by forks' templates). */
    private static void compare(ArchiveDay day, Path md, Paper p, PaperRecord r, List<ArchiveProblem> problems) {
        Optional<String> title = r.title();
        if (title.isPresent() && !p.title().isEmpty() && !sameText(title.get(), p.title())) {
            problems.add(new ArchiveProblem(day.source(), md, new Problem(ArchiveProblem.TITLE_DIFFERS, Severity.WARNING,
                    p.line(), 1, "the title differs from the record's (line " + r.line() + "): " + abbreviate(title.get()))));
        }
    }

    /** Equal once runs of white space are one space and the ends are stripped: the generator may rewrap a title. */
    static boolean sameText(String a, String b) {
        return collapse(a).equals(collapse(b));
    }

    private static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }

    private static ArchivedDay fromRecords(ArchiveDay day, List<PaperRecord> recs, List<ArchiveProblem> problems) {
        Path file = day.records().orElse(day.file());
        List<ArchivedPaper> papers = new ArrayList<>(recs.size());
        Set<PaperId> seen = new HashSet<>();
        int position = 0;
        for (PaperRecord r : recs) {
            Optional<PaperId> id = r.paperId();
            if (id.isEmpty()) {
                problems.add(new ArchiveProblem(day.source(), file, new Problem(ArchiveProblem.RECORD_WITHOUT_ID,
                        Severity.WARNING, r.line(), 1, "the record has no id, abs or pdf link")));
                continue;
            }
            if (!seen.add(id.get())) {
                problems.add(new ArchiveProblem(day.source(), file, new Problem(ArchiveProblem.RECORD_DUPLICATE,
                        Severity.WARNING, r.line(), 1, "a second record for " + id.get() + " in this file; both are kept")));
            }
            position++;
            Paper p = RecordPapers.paper(r);
            String category = r.categories().stream().findFirst().orElse("");
            papers.add(new ArchivedPaper(p, new Sighting(day.date(), day.source(), category, position, file, r.line()), Optional.of(r)));
        }
        return new ArchivedDay(day, Optional.empty(), papers, List.of(), problems);
    }
}
