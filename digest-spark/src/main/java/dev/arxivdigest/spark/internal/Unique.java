package dev.arxivdigest.spark.internal;

import dev.arxivdigest.spark.PaperRow;
import dev.arxivdigest.spark.SightingRow;
import dev.arxivdigest.spark.UniquePaperRow;
import org.apache.spark.api.java.function.MapGroupsFunction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Gathers the sightings of one paper (one {@link Rows#uniqueKey(PaperRow) key}) into its unique
 * paper, with the archive's rule: sightings in (date, source, document) order, the first one's
 * content, every category of every sighting in order of first appearance.
 */
public final class Unique implements MapGroupsFunction<String, PaperRow, UniquePaperRow> {

    private static final long serialVersionUID = 1L;

    /** The archive's order of sightings: date, then the source's place among the inputs, then the position in the day. */
    public static final Comparator<PaperRow> ORDER = Comparator.comparing(PaperRow::getDate)
            .thenComparingInt(PaperRow::getSourceOrder).thenComparingInt(PaperRow::getPosition);

    @Override
    public UniquePaperRow call(String key, Iterator<PaperRow> rows) {
        List<PaperRow> all = new ArrayList<>();
        rows.forEachRemaining(all::add);
        all.sort(ORDER);
        PaperRow first = all.get(0);
        List<SightingRow> sightings = new ArrayList<>(all.size());
        LinkedHashSet<String> categories = new LinkedHashSet<>();
        for (PaperRow r : all) {
            sightings.add(Rows.sighting(r));
            categories.addAll(r.getCategories());
            if (!r.getCategory().isEmpty()) {
                categories.add(r.getCategory());
            }
        }
        UniquePaperRow u = new UniquePaperRow();
        u.setId(first.getId());
        u.setIdKind(first.getIdKind());
        u.setPaper(first);
        u.setSightings(sightings);
        u.setCategories(new ArrayList<>(categories));
        return u;
    }
}
