/**
 * A consumer of the library on the module path: requires the parser and the renderer, and
 * provides an extractor that the parser discovers through {@link java.util.ServiceLoader}.
 */
module dev.arxivdigest.it {
    requires dev.arxivdigest.core;
    requires dev.arxivdigest.render;

    provides dev.arxivdigest.core.SectionExtractor with dev.arxivdigest.it.FundingExtractor;
}
