/**
 * Runnable examples of the arxiv-digest library, starting with
 * {@link dev.arxivdigest.examples.QuickStart}, a section extractor of your own in
 * {@link dev.arxivdigest.examples.FundingExtractorExample}, and the bundled sample digest
 * {@code /dev/arxivdigest/examples/sample.md}.
 */
package dev.arxivdigest.examples;
