/**
 * Archives ({@code dev.arxivdigest.archive}): many days of many sources as one source of papers,
 * joined with their records, each paper once, watermarks. The package
 * {@code dev.arxivdigest.archive.internal} is not exported.
 */
module dev.arxivdigest.archive {
    requires transitive dev.arxivdigest.core;
    requires transitive dev.arxivdigest.json;

    exports dev.arxivdigest.archive;
}
