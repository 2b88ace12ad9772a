/**
 * Archives: many days of many sources (forks) as one source of papers, each paper joined with the
 * JSONL record it was generated from, seen once by identifier, and read from a watermark on.
 * Start at {@link dev.arxivdigest.archive.DigestArchive}.
 *
 * <p>Every type is immutable and thread-safe, except {@link dev.arxivdigest.archive.ArchiveStream}
 * (one consumer); nothing returns {@code null}.
 */
package dev.arxivdigest.archive;
