/**
 * Renders the markdown in digest fields to sanitized HTML or plain text
 * ({@code dev.arxivdigest.render}). The package {@code dev.arxivdigest.render.internal}, the only
 * code that uses flexmark-java and Jsoup, is not exported.
 *
 * <p>flexmark-java ships no module descriptor and no {@code Automatic-Module-Name}: its jars are
 * automatic modules named after their file names ({@code flexmark}, {@code flexmark.util.ast}, ...),
 * as Maven and Gradle name them.
 */
module dev.arxivdigest.render {
    requires transitive dev.arxivdigest.model;
    requires flexmark;
    requires flexmark.util.ast;
    requires flexmark.util.data;
    requires flexmark.util.sequence;
    requires org.jsoup;
    requires org.slf4j;

    exports dev.arxivdigest.render;
}
