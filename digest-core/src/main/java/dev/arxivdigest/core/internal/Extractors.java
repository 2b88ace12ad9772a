package dev.arxivdigest.core.internal;

import dev.arxivdigest.core.ProblemReporter;
import dev.arxivdigest.core.SectionExtractor;
import dev.arxivdigest.core.SectionView;
import dev.arxivdigest.model.Key;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ordered, immutable list of extractors a parser runs. Thread-safe. */
public final class Extractors {

    /** Reports an extractor's failure. */
    interface FailureSink {
        void failed(SectionExtractor<?> extractor, SectionView section, String message);
    }

    private final List<SectionExtractor<?>> list;
    /** Every label the extractors take when all of them are label-keyed; null otherwise. */
    private final java.util.Set<String> onlyLabels;

    private Extractors(List<SectionExtractor<?>> list) {
        this.list = List.copyOf(list);
        java.util.Set<String> labels = new java.util.HashSet<>();
        boolean all = true;
        for (SectionExtractor<?> x : list) {
            if (x instanceof ByLabel<?> byLabel) {
                labels.addAll(byLabel.labels);
            } else {
                all = false;
            }
        }
        this.onlyLabels = all ? java.util.Set.copyOf(labels) : null;
    }

    /** {@return user extractors first, then the built-ins whose key no user extractor takes} */
    public static Extractors of(List<SectionExtractor<?>> user, List<SectionExtractor<?>> builtIns) {
        List<SectionExtractor<?>> all = new ArrayList<>(user);
        for (SectionExtractor<?> b : builtIns) {
            boolean replaced = false;
            for (SectionExtractor<?> u : user) {
                if (u.key().equals(b.key())) {
                    replaced = true;
                    break;
                }
            }
            if (!replaced) {
                all.add(b);
            }
        }
        return new Extractors(all);
    }

    /** {@return the extractors in the order they are tried} */
    public List<SectionExtractor<?>> list() {
        return list;
    }

    /** {@return false when no extractor can handle a section with this label} */
    boolean mayHandle(String label) {
        return onlyLabels == null || onlyLabels.contains(Labels.normalizeCached(label));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** Runs the first extractor that handles the section; stores its value unless the key is taken. */
    boolean apply(SectionView view, Map<Key<?>, Object> target, ProblemReporter reporter, FailureSink failures) {
        String normalized = null;
        if (onlyLabels != null) {
            normalized = Labels.normalizeCached(view.label());
            if (!onlyLabels.contains(normalized)) {
                return false; // one lookup instead of one per extractor
            }
        }
        for (SectionExtractor<?> x : list) {
            boolean handles;
            if (x instanceof ByLabel<?> byLabel) {
                if (normalized == null) {
                    normalized = Labels.normalizeCached(view.label());
                }
                if (!byLabel.labels.contains(normalized)) {
                    continue;
                }
            }
            try {
                handles = x.handles(view);
            } catch (RuntimeException | LinkageError e) {
                failures.failed(x, view, "handles() threw " + describe(e));
                continue;
            }
            if (!handles) {
                continue;
            }
            try {
                Optional<?> value = x.extract(view, reporter);
                if (value == null) {
                    failures.failed(x, view, "extract() returned null instead of Optional.empty()");
                } else if (value.isPresent()) {
                    target.putIfAbsent(x.key(), value.get());
                }
            } catch (Exception | LinkageError | StackOverflowError e) {
                failures.failed(x, view, "extract() threw " + describe(e));
            }
            return true;
        }
        return false;
    }

    /**
     * An extractor that handles sections by label; the runner checks the label with one set lookup
     * before calling it. Built-ins use it.
     */
    static final class ByLabel<T> implements SectionExtractor<T> {
        final java.util.Set<String> labels;
        private final dev.arxivdigest.model.Key<T> key;
        private final SectionExtractor.Extraction<T> extraction;

        ByLabel(dev.arxivdigest.model.Key<T> key, SectionExtractor.Extraction<T> extraction, String... labels) {
            this.key = key;
            this.extraction = extraction;
            java.util.Set<String> set = new java.util.HashSet<>();
            for (String l : labels) {
                set.add(Labels.normalize(l));
            }
            this.labels = java.util.Set.copyOf(set);
        }

        @Override
        public dev.arxivdigest.model.Key<T> key() {
            return key;
        }

        @Override
        public boolean handles(SectionView section) {
            return labels.contains(Labels.normalizeCached(section.label()));
        }

        @Override
        public Optional<T> extract(SectionView section, ProblemReporter problems) throws Exception {
            return extraction.apply(section, problems);
        }

        @Override
        public String name() {
            return "built-in " + key.name();
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getName() + (m == null ? "" : ": " + m);
    }
}
