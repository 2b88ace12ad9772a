package dev.arxivdigest.archive.internal;

import dev.arxivdigest.archive.ArchiveDay;
import dev.arxivdigest.archive.ArchiveProblem;
import dev.arxivdigest.archive.DayFileChoice;
import dev.arxivdigest.archive.DayFileName;
import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.Severity;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Lists the days of one source: walks its root for files whose names hold a date, and pairs each
 * day's markdown digest with its records file. Recognising a file name is {@link DayFileName}'s,
 * choosing among a day's files {@link DayFileChoice}'s.
 */
public final class DayFiles {

    /** Deepest directory level walked below a root. */
    private static final int MAX_DEPTH = 16;

    private DayFiles() {
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
        TreeMap<LocalDate, DayFileChoice<Path>> byDay = new TreeMap<>();
        for (Path f : files) {
            Optional<DayFileName> named = DayFileName.recognise(f.getFileName().toString());
            if (named.isPresent()) {
                DayFileName n = named.get();
                byDay.computeIfAbsent(n.date(), d -> new DayFileChoice<>()).offer(f, n.kind())
                        .ifPresent(kept -> problems.add(duplicate(source, f, kept)));
            }
        }
        List<ArchiveDay> days = new ArrayList<>(byDay.size());
        byDay.forEach((date, chosen) -> days.add(new ArchiveDay(source, date, chosen.markdown(), chosen.records())));
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
