/**
 * The JSON codec ({@code dev.arxivdigest.json}): upstream's JSON Lines records in, with Jackson's
 * streaming parser, and JSON out. Needs {@code digest-model} and {@code jackson-core} only.
 */
module dev.arxivdigest.json {
    requires transitive dev.arxivdigest.model;
    requires com.fasterxml.jackson.core;

    exports dev.arxivdigest.json;
}
