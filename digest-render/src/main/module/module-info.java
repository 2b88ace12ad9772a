/**
 * Renders the markdown in digest fields to sanitized HTML or plain text
 * ({@code dev.arxivdigest.render}). The package {@code dev.arxivdigest.render.internal}, the only
 * code that uses flexmark-java and Jsoup, is not exported.
 *
 * <p>flexmark-java ships no module descriptor and no {@code Automatic-Module-Name}, so it is not
 * required as a module: it is shaded into this module's jar, relocated to
 * {@code dev.arxivdigest.render.internal.flexmark} (not exported either), and the published POM
 * does not depend on it. Its license is in the jar's {@code META-INF/flexmark-java/LICENSE.txt}.
 */
module dev.arxivdigest.render {
    requires transitive dev.arxivdigest.model;
    requires org.jsoup;
    requires org.slf4j;

    exports dev.arxivdigest.render;
}
