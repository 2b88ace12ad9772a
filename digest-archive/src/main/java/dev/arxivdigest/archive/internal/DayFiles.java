package dev.arxivdigest.archive.internal;

import dev.arxivdigest.archive.ArchiveDay;
import dev.arxivdigest.archive.ArchiveProblem;
import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.Severity;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Lists the days of one source: walks its root for files whose names hold a date, and pairs each
 * day's markdown digest with its records file. Recognising a file name is apart from walking.
 */
public final class DayFiles {

    /** Deepest directory level walked below a root. */
    private static final int MAX_DEPTH = 16;

    private DayFiles() {
    }

    /** What a file name says a file is. */
    enum Kind {
        /** {@code DATE.md} (any name with a date, ending {@code .md}). */
        MARKDOWN(0),
        /** {@code DATE_AI_enhanced_LANG.jsonl}: upstream's records with the AI summaries. */
        ENHANCED_RECORDS(0),
        /** {@code DATE.source.jsonl}: a fork's records. */
        SOURCE_RECORDS(1),
        /** {@code DATE.jsonl}: upstream's records before the AI summaries. */
        RAW_RECORDS(2);

        /** Lower is preferred when a day has more than one records file. */
        final int rank;

        Kind(int rank) {
            this.rank = rank;
        }
    }

    /** A recognised file: what it is and the day it is for. */
    record Named(Kind kind, LocalDate date) {
    }

    /**
     * Recognises a file name.
     *
     * @param name the file name
     * @return what it is, or empty for a file that is not part of a day
     */
    static Optional<Named> recognise(String name) {
        LocalDate date = firstDate(name);
        if (date == null) {
            return Optional.empty();
        }
        if (name.endsWith(".md")) {
            return Optional.of(new Named(Kind.MARKDOWN, date));
        }
        int at = name.indexOf(date.toString());
        String rest = at < 0 ? "" : name.substring(at + 10);
        if (rest.startsWith("_AI_enhanced_") && rest.endsWith(".jsonl")) {
            return Optional.of(new Named(Kind.ENHANCED_RECORDS, date));
        }
        if (rest.equals(".source.jsonl")) {
            return Optional.of(new Named(Kind.SOURCE_RECORDS, date));
        }
        if (rest.equals(".jsonl")) {
            return Optional.of(new Named(Kind.RAW_RECORDS, date));
        }
        return Optional.empty();
    }

    /** The first {@code YYYY-MM-DD} in a name that is a real date and not part of a longer number, as {@code parse(Path)} reads it. */
    static LocalDate firstDate(String t) {
        for (int i = 0; i + 10 <= t.length(); i++) {
            if (digit(t, i) && (i == 0 || !digit(t, i - 1)) && digit(t, i + 1) && digit(t, i + 2) && digit(t, i + 3)
                    && t.charAt(i + 4) == '-' && digit(t, i + 5) && digit(t, i + 6) && t.charAt(i + 7) == '-'
                    && digit(t, i + 8) && digit(t, i + 9) && (i + 10 == t.length() || !digit(t, i + 10))) {
                try {
                    return LocalDate.parse(t.substring(i, i + 10));
                } catch (DateTimeException notADate) {
                    // keep looking
                }
            }
        }
        return null;
    }

    private static boolean digit(String s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }

    /**
     * Lists the days under a root, in date order.
     *
     * @param source the source's name
     * @param root the root directory (or one digest file)
     * @param problems receives unreadable directories and duplicate days
     * @return the days
     */
    public static List<ArchiveDay> list(String source, Path root, List<ArchiveProblem> problems) {
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(root)) {
            files.add(root);
        } else {
            walk(source, root, files, problems);
        }
        files.sort(null);
        TreeMap<LocalDate, Path[]> byDay = new TreeMap<>();
        TreeMap<LocalDate, Integer> recordRank = new TreeMap<>();
        for (Path f : files) {
            Optional<Named> named = recognise(f.getFileName().toString());
            if (named.isEmpty()) {
                continue;
            }
            Named n = named.get();
            Path[] pair = byDay.computeIfAbsent(n.date(), d -> new Path[2]);
            if (n.kind() == Kind.MARKDOWN) {
                if (pair[0] != null) {
                    problems.add(duplicate(source, f, pair[0]));
                } else {
                    pair[0] = f;
                }
            } else {
                Integer rank = recordRank.get(n.date());
                if (rank == null || n.kind().rank < rank) {
                    // a better kind of records replaces a lesser one (upstream writes DATE.jsonl beside the enhanced file)
                    pair[1] = f;
                    recordRank.put(n.date(), n.kind().rank);
                } else if (rank == n.kind().rank) {
                    problems.add(duplicate(source, f, pair[1]));
                }
            }
        }
        List<ArchiveDay> days = new ArrayList<>(byDay.size());
        byDay.forEach((date, pair) -> days.add(new ArchiveDay(source, date, Optional.ofNullable(pair[0]), Optional.ofNullable(pair[1]))));
        return days;
    }

    private static ArchiveProblem duplicate(String source, Path ignored, Path kept) {
        return new ArchiveProblem(source, ignored, new Problem(ArchiveProblem.DUPLICATE_DAY, Severity.WARNING, 1, 1,
                "another file of this day is read instead: " + kept));
    }

    private static void walk(String source, Path root, List<Path> files, List<ArchiveProblem> problems) {
        try {
            Files.walkFileTree(root, java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH, new FileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return !dir.equals(root) && name.startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() || attrs.isSymbolicLink()) { // a link is read as its target; a broken one is a problem
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(unreadable(source, file, e));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        problems.add(unreadable(source, dir, e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(unreadable(source, root, e));
        }
    }

    /**
     * A problem for a file or directory that could not be read.
     *
     * @param source the source
     * @param file the file
     * @param e the failure
     * @return the problem, at line 1
     */
    public static ArchiveProblem unreadable(String source, Path file, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new ArchiveProblem(source, file, new Problem(ArchiveProblem.UNREADABLE, Severity.ERROR, 1, 1, "cannot be read: " + why));
    }
}
