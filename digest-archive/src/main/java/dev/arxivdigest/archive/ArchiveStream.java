package dev.arxivdigest.archive;

import dev.arxivdigest.archive.internal.LookAhead;
import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.Severity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Days or papers of an archive, in (date, source, document) order, read lazily: days are parsed
 * ahead on a pool of threads, a bounded number at a time, so memory is bounded by the look-ahead
 * times the largest day, not by the archive.
 *
 * <p>Iterate it once. The problems of each day are in {@link #problems()} once the day has been
 * handed out (up to the archive's {@link DigestArchive.Builder#maxProblems(int) limit}, after which
 * one final {@code too-many-problems} entry says how many were dropped). Close it (for example
 * with try-with-resources) to stop reading ahead when you stop early.
 *
 * <p>Not thread-safe: one consumer.
 *
 * @param <T> {@link ArchivedDay} or {@link ArchivedPaper}
 */
public final class ArchiveStream<T> implements Iterable<T>, AutoCloseable {

    private final LookAhead<ArchiveDay, ArchivedDay> days;
    private final boolean papers;
    private final int maxProblems;
    private final List<ArchiveProblem> problems;
    private long dropped;
    private Iterator<ArchivedPaper> current = Collections.emptyIterator();
    private boolean iterated;
    private long dayCount;

    ArchiveStream(LookAhead<ArchiveDay, ArchivedDay> days, boolean papers, int maxProblems, List<ArchiveProblem> initial) {
        this.days = days;
        this.papers = papers;
        this.maxProblems = maxProblems;
        this.problems = new ArrayList<>();
        initial.forEach(this::add);
    }

    private void add(ArchiveProblem p) {
        if (problems.size() < maxProblems) {
            problems.add(p);
        } else {
            dropped++;
        }
    }

    private ArchivedDay nextDay() {
        ArchivedDay d = days.next();
        dayCount++;
        d.problems().forEach(this::add);
        return d;
    }

    /**
     * {@return the items, in order; may be called once}
     *
     * @throws IllegalStateException if called a second time
     */
    @Override
    public Iterator<T> iterator() {
        if (iterated) {
            throw new IllegalStateException("an archive stream is iterated once");
        }
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (!papers) {
                    return days.hasNext();
                }
                while (!current.hasNext() && days.hasNext()) {
                    current = nextDay().papers().iterator();
                }
                return current.hasNext();
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return papers ? (T) current.next() : (T) nextDay();
            }
        };
    }

    /** {@return the items as a sequential stream; closing it closes this} */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    /** {@return the problems of listing the archive, then of each day handed out so far} */
    public List<ArchiveProblem> problems() {
        if (dropped == 0) {
            return List.copyOf(problems);
        }
        List<ArchiveProblem> all = new ArrayList<>(problems);
        ArchiveProblem last = problems.get(problems.size() - 1);
        all.add(new ArchiveProblem(last.source(), last.file(), new Problem("too-many-problems", Severity.WARNING, 1, 1,
                dropped + " more problems were dropped (limit " + maxProblems + ")")));
        return List.copyOf(all);
    }

    /** {@return how many days have been handed out so far} */
    public long daysRead() {
        return dayCount;
    }

    /** Stops reading ahead. */
    @Override
    public void close() {
        days.close();
    }
}
