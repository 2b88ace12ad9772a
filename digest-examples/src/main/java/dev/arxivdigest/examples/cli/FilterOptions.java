package dev.arxivdigest.examples.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The filter options every export takes (a picocli mixin); see {@link PaperFilter}. */
final class FilterOptions {

    @Option(names = "--category", paramLabel = "NAME", split = ",",
            description = "Keep papers of this category (heading or main category); repeatable.")
    List<String> categories = new ArrayList<>();

    @Option(names = "--keyword", paramLabel = "TEXT",
            description = "Keep papers with this text in any field; repeatable, any may match.")
    List<String> keywords = new ArrayList<>();

    @Option(names = "--author", paramLabel = "NAME",
            description = "Keep papers with this text in an author's name; repeatable, or-ed with --keyword.")
    List<String> authors = new ArrayList<>();

    @Option(names = "--exclude-keyword", paramLabel = "TEXT",
            description = "Drop papers with this text in any field; repeatable.")
    List<String> excluded = new ArrayList<>();

    PaperFilter filter() {
        return new PaperFilter(categories, keywords, authors, excluded);
    }
}
