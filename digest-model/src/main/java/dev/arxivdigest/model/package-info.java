/**
 * The immutable object graph of a parsed arXiv digest:
 * {@link dev.arxivdigest.model.Digest} &rarr; {@link dev.arxivdigest.model.Category} &rarr;
 * {@link dev.arxivdigest.model.Paper} &rarr; {@link dev.arxivdigest.model.Details}.
 *
 * <p>Every type here is an immutable record or enum: safe to share between threads, with defensive
 * copies of every collection. No method returns {@code null}: absent values are empty strings,
 * empty collections or {@link java.util.Optional}. Constructors reject {@code null} arguments with
 * a {@link java.lang.NullPointerException}.
 *
 * <p>Field text is kept exactly as written in the digest: only the generator's own separators
 * (the {@code "Label: "} prefix, the {@code *} around the authors, the blank lines between
 * sections) are removed. Line endings inside values are normalised to {@code \n}.
 */
package dev.arxivdigest.model;
