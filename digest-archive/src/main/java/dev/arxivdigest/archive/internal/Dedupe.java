package dev.arxivdigest.archive.internal;

import dev.arxivdigest.archive.ArchivedPaper;
import dev.arxivdigest.archive.Sighting;
import dev.arxivdigest.archive.UniquePaper;
import dev.arxivdigest.model.PaperId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers papers, in stream order, into unique papers by identifier. Papers whose identifier is in
 * {@code known} (seen in an earlier run) are left out. Not thread-safe.
 */
public final class Dedupe {

    private static final class Acc {
        final Optional<PaperId> id;
        ArchivedPaper content;
        final List<Sighting> sightings = new ArrayList<>(2);
        final java.util.LinkedHashSet<String> categories = new java.util.LinkedHashSet<>();

        Acc(Optional<PaperId> id, ArchivedPaper first) {
            this.id = id;
            this.content = first;
        }
    }

    private final boolean latest;
    private final Set<PaperId> known;
    private final Map<PaperId, Acc> byId = new HashMap<>();
    private final List<Acc> order = new ArrayList<>();
    private long seen;

    /**
     * A deduper.
     *
     * @param latest true to keep the latest sighting's content, false for the first
     * @param known identifiers to leave out
     */
    public Dedupe(boolean latest, Set<PaperId> known) {
        this.latest = latest;
        this.known = known;
    }

    /**
     * Adds a paper.
     *
     * @param p the paper, in stream order
     */
    public void add(ArchivedPaper p) {
        seen++;
        Optional<PaperId> id = p.id();
        if (id.isPresent() && known.contains(id.get())) {
            return;
        }
        Acc acc = id.isPresent() ? byId.get(id.get()) : null;
        if (acc == null) {
            acc = new Acc(id, p);
            order.add(acc);
            if (id.isPresent()) {
                byId.put(id.get(), acc);
            }
        } else if (latest) {
            acc.content = p;
        }
        acc.sightings.add(p.sighting());
        acc.categories.addAll(p.categories());
        if (!p.sighting().category().isEmpty()) {
            acc.categories.add(p.sighting().category());
        }
    }

    /** {@return the number of papers added, repeats included} */
    public long seen() {
        return seen;
    }

    /** {@return each paper once, in the order of first sighting} */
    public List<UniquePaper> result() {
        List<UniquePaper> out = new ArrayList<>(order.size());
        for (Acc a : order) {
            out.add(new UniquePaper(a.id, a.content, a.sightings, List.copyOf(a.categories)));
        }
        return out;
    }
}
