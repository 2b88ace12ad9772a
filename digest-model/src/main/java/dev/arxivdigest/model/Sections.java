package dev.arxivdigest.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Lookups shared by {@link Paper} and {@link Details}. */
final class Sections {

    private Sections() {
    }

    static Optional<Section> byField(List<Section> sections, Field field) {
        for (Section s : sections) {
            if (s.is(field)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    static Optional<Section> byLabel(List<Section> sections, String label) {
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        for (Section s : sections) {
            if (s.label().strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
