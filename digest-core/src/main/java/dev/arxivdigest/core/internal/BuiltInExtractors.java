package dev.arxivdigest.core.internal;

import dev.arxivdigest.core.SectionExtractor;

import java.util.List;

/** The built-in section extractors, written against the public extension API. */
public final class BuiltInExtractors {

    private BuiltInExtractors() {
    }

    /** {@return the built-in extractors in the order they are tried} */
    public static List<SectionExtractor<?>> all() {
        return List.of();
    }
}
