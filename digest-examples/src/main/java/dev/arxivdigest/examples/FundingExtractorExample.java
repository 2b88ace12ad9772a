package dev.arxivdigest.examples;

import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.core.ProblemReporter;
import dev.arxivdigest.core.SectionExtractor;
import dev.arxivdigest.core.SectionView;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Key;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.Severity;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * A section extractor of your own, end to end: a {@code Funding: NSF, grant 2145678} section (or
 * {@code 资助: ...}), which the parser keeps as a plain section, becomes a typed {@link Funding}
 * value read back with {@code paper.get(FUNDING_KEY)}.
 *
 * <ol>
 *   <li>{@link FundingExtractor} implements {@link SectionExtractor}: it says which sections it
 *       handles and turns one into a value, reporting unreadable values as problems.</li>
 *   <li>It is registered with {@link DigestParser.Builder#addExtractor(SectionExtractor)}; it could
 *       also be listed in {@code META-INF/services/dev.arxivdigest.core.SectionExtractor} and found
 *       with {@link DigestParser.Builder#discoverExtractors(ClassLoader)}.</li>
 *   <li>{@link GrantNumberExtractor} is careless and throws on a paper whose funding has no number:
 *       the parse goes on, and the digest has an {@code extractor-failed} problem naming it.</li>
 * </ol>
 *
 * <p>Run it with no argument; it parses a small digest embedded below and prints what it found.
 */
public final class FundingExtractorExample {

    private FundingExtractorExample() {
    }

    /**
     * Who funded a paper.
     *
     * @param agency the funding agency, such as {@code NSF}
     * @param grant the grant, such as {@code 2145678}
     */
    public record Funding(String agency, String grant) {
        /**
         * Validates.
         *
         * @throws NullPointerException if a component is null
         */
        public Funding {
            Objects.requireNonNull(agency, "agency");
            Objects.requireNonNull(grant, "grant");
        }
    }

    /** The key {@link FundingExtractor} stores its value under. */
    public static final Key<Funding> FUNDING_KEY = Key.of("com.example.funding");

    /** The key {@link GrantNumberExtractor} stores its value under. */
    public static final Key<Long> GRANT_NUMBER_KEY = Key.of("com.example.grant-number");

    /**
     * Reads {@code Funding: AGENCY, GRANT} (or {@code 资助: ...}): the agency before the first comma,
     * the grant after it without a leading {@code grant}, {@code grant no.} or {@code #}. A value it
     * cannot read is reported as a {@code funding-unreadable} warning and stores nothing.
     *
     * <p>Stateless, so thread-safe, and public with a public no-argument constructor, as
     * {@link java.util.ServiceLoader} requires.
     */
    public static final class FundingExtractor implements SectionExtractor<Funding> {

        /** Creates the extractor. */
        public FundingExtractor() {
        }

        @Override
        public Key<Funding> key() {
            return FUNDING_KEY;
        }

        @Override
        public boolean handles(SectionView section) {
            return section.labelIs("Funding", "资助");
        }

        @Override
        public Optional<Funding> extract(SectionView section, ProblemReporter problems) {
            String text = section.text().strip();
            int comma = text.indexOf(',');
            if (comma < 0) {
                comma = text.indexOf('，');
            }
            String agency = comma < 0 ? text : text.substring(0, comma).strip();
            String grant = comma < 0 ? "" : text.substring(comma + 1).strip()
                    .replaceFirst("(?i)^(grant|award)\\s*(no\\.?|number|#)?\\s*", "").strip();
            if (agency.isEmpty() || grant.isEmpty()) {
                problems.report("funding-unreadable", Severity.WARNING,
                        "expected 'AGENCY, grant NUMBER' but found: " + text);
                return Optional.empty();
            }
            return Optional.of(new Funding(agency, grant));
        }
    }

    /**
     * A careless extractor: takes the last word of the funding line as a number, and so throws a
     * {@link NumberFormatException} on a line that does not end in one. The parser turns that into
     * an {@code extractor-failed} problem and goes on.
     */
    public static final class GrantNumberExtractor implements SectionExtractor<Long> {

        /** Creates the extractor. */
        public GrantNumberExtractor() {
        }

        @Override
        public Key<Long> key() {
            return GRANT_NUMBER_KEY;
        }

        @Override
        public boolean handles(SectionView section) {
            return section.labelIs("Funding", "资助");
        }

        @Override
        public Optional<Long> extract(SectionView section, ProblemReporter problems) {
            String text = section.text().strip();
            return Optional.of(Long.parseLong(text.substring(text.lastIndexOf(' ') + 1)));
        }
    }

    /** A small digest in the upstream template, each paper with a funding section in its details. */
    static final String DIGEST = String.join("\n",
            "<div id=toc></div>",
            "",
            "# Table of Contents",
            "",
            "- [cs.LG](#cs.LG) [Total: 3]",
            "",
            "",
            "<div id='cs.LG'></div>",
            "",
            "# cs.LG [[Back]](#toc)",
            "",
            "### [1] [Sparse Adapters for Tabular Foundation Models](https://arxiv.org/abs/2512.20001)",
            "*Ann One,Bob Two*",
            "",
            "Main category: cs.LG",
            "",
            "TL;DR: Sparse adapters make tabular foundation models cheap to fine-tune.",
            "",
            "",
            "<details>",
            "  <summary>Details</summary>",
            "Motivation: Fine-tuning tabular foundation models is expensive.",
            "",
            "Method: Train sparse low-rank adapters on frozen backbones.",
            "",
            "Result: Same accuracy with 2% of the trainable parameters.",
            "",
            "Conclusion: Sparse adapters are a cheap default.",
            "",
            "Funding: NSF, grant 2145678",
            "",
            "Abstract: We study parameter-efficient fine-tuning of tabular foundation models.",
            "",
            "</details>",
            "",
            "",
            "### [2] [Graph Priors for Time Series Imputation](https://arxiv.org/abs/2512.20002)",
            "*Chen Wei,Li Na*",
            "",
            "Main category: cs.LG",
            "",
            "TL;DR: 图先验提升了时间序列插补的精度。",
            "",
            "",
            "<details>",
            "  <summary>Details</summary>",
            "Motivation: 缺失值在传感器数据中很常见。",
            "",
            "Method: 用图神经网络学习变量之间的先验关系。",
            "",
            "Result: 在五个数据集上误差降低了12%。",
            "",
            "Conclusion: 图先验对插补有效。",
            "",
            "资助: NSFC, grant 62276123",
            "",
            "Abstract: We impute missing values in multivariate time series with learned graph priors.",
            "",
            "</details>",
            "",
            "",
            "### [3] [Calibrated Uncertainty for Small Language Models](https://arxiv.org/abs/2512.20003)",
            "*Dana Three*",
            "",
            "Main category: cs.LG",
            "",
            "TL;DR: A post-hoc method calibrates the confidence of small language models.",
            "",
            "",
            "<details>",
            "  <summary>Details</summary>",
            "Motivation: Small language models are overconfident.",
            "",
            "Method: Temperature scaling per token class.",
            "",
            "Result: Expected calibration error halves.",
            "",
            "Conclusion: Calibration is cheap and worth it.",
            "",
            "Funding: ERC Starting Grant",
            "",
            "Abstract: We calibrate the token probabilities of small language models after training.",
            "",
            "</details>",
            "");

    /**
     * Parses the embedded digest with each extractor and prints the values and problems.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // Wraps System.out (rather than the file descriptor) so that a test can capture it.
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

        // 1. Register the extractor; it runs before the built-in ones.
        DigestParser parser = DigestParser.builder().addExtractor(new FundingExtractor()).build();
        Digest digest = parser.parse(DIGEST);
        out.println("Funding, read by " + FundingExtractor.class.getSimpleName() + ":");
        for (Paper paper : digest.papers()) {
            Optional<Funding> funding = paper.get(FUNDING_KEY);
            out.println("  " + id(paper) + "  " + funding.map(Funding::toString).orElse("(none)"));
        }
        printProblems(out, digest);

        // 2. An extractor that throws on the third paper: the parse goes on.
        DigestParser careless = DigestParser.builder().addExtractor(new GrantNumberExtractor()).build();
        Digest grants = careless.parse(DIGEST);
        out.println("Grant numbers, read by " + GrantNumberExtractor.class.getSimpleName() + ":");
        for (Paper paper : grants.papers()) {
            out.println("  " + id(paper) + "  " + paper.get(GRANT_NUMBER_KEY).map(String::valueOf).orElse("(none)"));
        }
        printProblems(out, grants);
        out.flush();
    }

    private static String id(Paper paper) {
        return paper.arxivId().map(Object::toString).orElse(paper.title());
    }

    private static void printProblems(PrintStream out, Digest digest) {
        out.println("  problems: " + digest.problems().size());
        for (Problem p : digest.problems()) {
            out.println("  " + p);
        }
    }
}
