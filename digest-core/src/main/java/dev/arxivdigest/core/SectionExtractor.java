package dev.arxivdigest.core;

import dev.arxivdigest.model.Key;

import java.util.Optional;

/**
 * Turns one labelled section of a paper into a typed value, stored under {@link #key()} and read
 * back with {@link dev.arxivdigest.model.Paper#get(Key)}.
 *
 * <p>Register extractors with {@link DigestParser.Builder#addExtractor(SectionExtractor)}, or let
 * the builder discover them through {@link java.util.ServiceLoader} with
 * {@link DigestParser.Builder#discoverExtractors(ClassLoader)}. Extractors you register run before
 * the built-in ones; one with the same key as a built-in replaces it. For each section, the first
 * extractor whose {@link #handles(SectionView)} says yes extracts it; the value is stored on the
 * details block for sections inside it, on the paper otherwise. The first value stored under a
 * key wins.
 *
 * <p>An extractor that throws does not stop the parse: the parser records an
 * {@code extractor-failed} problem naming it and goes on. Implementations must be stateless and
 * thread-safe: one parser, and so one extractor, serves many threads.
 *
 * <p>Example:
 * <pre>{@code
 * SectionExtractor<String> funding = SectionExtractor.of(Key.of("com.example.funding"),
 *         s -> s.labelIs("Funding"), (s, problems) -> Optional.of(s.text().strip()));
 * }</pre>
 *
 * @param <T> the type of the extracted value
 */
public interface SectionExtractor<T> {

    /** {@return the key the value is stored under} */
    Key<T> key();

    /**
     * Tells whether this extractor handles a section.
     *
     * @param section the section
     * @return true to have {@link #extract(SectionView, ProblemReporter)} called for it
     */
    boolean handles(SectionView section);

    /**
     * Extracts the value of a section.
     *
     * @param section the section, one for which {@link #handles(SectionView)} returned true
     * @param problems where to report problems found in the section's value
     * @return the value, or empty to store nothing
     * @throws Exception any failure; it is reported as an {@code extractor-failed} problem
     */
    Optional<T> extract(SectionView section, ProblemReporter problems) throws Exception;

    /** {@return a name for problems and logs; by default the class name} */
    default String name() {
        return getClass().getName();
    }

    /**
     * Creates an extractor from two functions.
     *
     * @param key the key the value is stored under
     * @param handles which sections it handles
     * @param extract how a section becomes a value
     * @param <T> the value's type
     * @return the extractor
     */
    static <T> SectionExtractor<T> of(Key<T> key, java.util.function.Predicate<SectionView> handles,
                                      Extraction<T> extract) {
        java.util.Objects.requireNonNull(key, "key");
        java.util.Objects.requireNonNull(handles, "handles");
        java.util.Objects.requireNonNull(extract, "extract");
        return new SectionExtractor<>() {
            @Override
            public Key<T> key() {
                return key;
            }

            @Override
            public boolean handles(SectionView section) {
                return handles.test(section);
            }

            @Override
            public Optional<T> extract(SectionView section, ProblemReporter problems) throws Exception {
                return extract.apply(section, problems);
            }

            @Override
            public String name() {
                return key.name();
            }
        };
    }

    /**
     * The extraction step of {@link #of(Key, java.util.function.Predicate, Extraction)}.
     *
     * @param <T> the value's type
     */
    @FunctionalInterface
    interface Extraction<T> {
        /**
         * Extracts the value of a section.
         *
         * @param section the section
         * @param problems where to report problems
         * @return the value, or empty
         * @throws Exception any failure
         */
        Optional<T> apply(SectionView section, ProblemReporter problems) throws Exception;
    }
}
