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

    private Extractors(List<SectionExtractor<?>> list) {
        this.list = List.copyOf(list);
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

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** Runs the first extractor that handles the section; stores its value unless the key is taken. */
    boolean apply(SectionView view, Map<Key<?>, Object> target, ProblemReporter reporter, FailureSink failures) {
        for (SectionExtractor<?> x : list) {
            boolean handles;
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

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getName() + (m == null ? "" : ": " + m);
    }
}
