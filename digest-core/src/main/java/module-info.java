/**
 * The digest parser, writer and extension API ({@code dev.arxivdigest.core}). The package
 * {@code dev.arxivdigest.core.internal} is not exported.
 *
 * <p>User extractors are found through {@link java.util.ServiceLoader} when a parser is built with
 * {@code discoverExtractors}: a module provides them with
 * {@code provides dev.arxivdigest.core.SectionExtractor with ...}. The built-in extractors are not
 * services (they are always there), so this module provides none.
 */
module dev.arxivdigest.core {
    requires transitive dev.arxivdigest.model;
    requires org.slf4j;

    exports dev.arxivdigest.core;

    uses dev.arxivdigest.core.SectionExtractor;
}
