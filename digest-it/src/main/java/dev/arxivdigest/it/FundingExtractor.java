package dev.arxivdigest.it;

import dev.arxivdigest.core.ProblemReporter;
import dev.arxivdigest.core.SectionExtractor;
import dev.arxivdigest.core.SectionView;
import dev.arxivdigest.model.Key;

import java.util.Optional;

/** A service-provided extractor: the text of a {@code Funding} section. */
public final class FundingExtractor implements SectionExtractor<String> {

    /** The key of the extracted value. */
    public static final Key<String> FUNDING = Key.of("dev.arxivdigest.it.funding", String.class);

    /** Creates the extractor; ServiceLoader calls it. */
    public FundingExtractor() {
    }

    @Override
    public Key<String> key() {
        return FUNDING;
    }

    @Override
    public boolean handles(SectionView section) {
        return section.labelIs("Funding");
    }

    @Override
    public Optional<String> extract(SectionView section, ProblemReporter problems) {
        return Optional.of(section.text().strip());
    }
}
