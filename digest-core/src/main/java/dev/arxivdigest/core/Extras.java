package dev.arxivdigest.core;

import dev.arxivdigest.model.Key;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The keys of the typed values that the built-in section extractors store, read back with
 * {@link dev.arxivdigest.model.Paper#get(Key)}:
 *
 * <pre>{@code
 * List<String> keywords = paper.get(Extras.KEYWORDS).orElse(List.of());
 * }</pre>
 *
 * <p>The built-in extractors are written against the public {@link SectionExtractor} API; an
 * extractor of yours with the same key replaces the built-in one.
 */
public final class Extras {

    private Extras() {
    }

    /** Keywords ({@code Keywords}, {@code 关键词}...), split on commas, semicolons and {@code 、}. */
    public static final Key<List<String>> KEYWORDS = Key.ofList("arxivdigest.keywords", String.class);

    /** A relevance or importance score ({@code Relevance Score: 8}, {@code Relevance: 7.5/10}). */
    public static final Key<Double> RELEVANCE = Key.of("arxivdigest.relevance", Double.class);

    /** The estimated reading time in minutes ({@code Read time: 10 min}). */
    public static final Key<Integer> READ_TIME_MINUTES = Key.of("arxivdigest.read-time-minutes", Integer.class);

    /** The key contributions, one entry per list item ({@code Key Contributions:} then a list). */
    public static final Key<List<String>> KEY_CONTRIBUTIONS = Key.ofList("arxivdigest.key-contributions", String.class);

    /** The author's comment on the paper ({@code Comment: 12 pages, 3 figures}). */
    public static final Key<String> COMMENT = Key.of("arxivdigest.comment", String.class);

    /** The title in another language, as written above the authors or under a label such as {@code 中文标题}. */
    public static final Key<String> TRANSLATED_TITLE = Key.of("arxivdigest.translated-title", String.class);

    /** A recommendation line such as {@code ★★★★☆ (66/100) - reason}. */
    public static final Key<Recommendation> RECOMMENDATION = Key.of("arxivdigest.recommendation", Recommendation.class);

    /**
     * A recommendation: stars, a score out of a maximum, and the reason, each as far as the line
     * gives them.
     *
     * @param stars the number of filled stars, if the line has stars
     * @param score the score, if the line has one
     * @param maxScore the maximum score, if the line states one ({@code 66/100})
     * @param reason the text after the score, or the whole value when nothing else could be read
     */
    public record Recommendation(OptionalInt stars, OptionalDouble score, OptionalDouble maxScore, String reason) {
        /**
         * Validates.
         *
         * @param stars the number of filled stars, if the line has stars
         * @param score the score, if the line has one
         * @param maxScore the maximum score, if the line states one ({@code 66/100})
         * @param reason the text after the score, or the whole value when nothing else could be read
         * @throws NullPointerException if a component is null
         */
        public Recommendation {
            Objects.requireNonNull(stars, "stars");
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(maxScore, "maxScore");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
