package dev.arxivdigest.core;

import dev.arxivdigest.model.Digest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of parsing one file of a batch ({@link DigestParser#parseAll(java.util.List)}): the
 * digest, or the error that kept the file from being read (an {@link java.io.IOException}, or any
 * other exception, which would be a bug: one file never stops the others). Content problems are on
 * the digest. If the caller's progress callback threw for this file, that exception is
 * {@link #callbackFailure()}; the digest or error is kept as it was.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the file
 * @param digest the digest, if the file could be read
 * @param error the error, if it could not
 * @param callbackFailure what the progress callback threw for this file, if it threw
 */
public record ParsedFile(Path path, Optional<Digest> digest, Optional<Exception> error,
                         Optional<RuntimeException> callbackFailure) {

    /**
     * Validates: exactly one of digest and error is present.
     *
     * @param path the file
     * @param digest the digest, if the file could be read
     * @param error the error, if it could not
     * @param callbackFailure what the progress callback threw for this file, if it threw
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if both or neither of digest and error are present
     */
    public ParsedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(callbackFailure, "callbackFailure");
        if (digest.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("exactly one of digest and error must be present");
        }
    }

    /**
     * A result without callback failure.
     *
     * @param path the file
     * @param digest the digest, if the file could be read
     * @param error the error, if it could not
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if both or neither of digest and error are present
     */
    public ParsedFile(Path path, Optional<Digest> digest, Optional<Exception> error) {
        this(path, digest, error, Optional.empty());
    }

    /**
     * {@return this result with the exception its progress callback threw}
     *
     * @param failure what the callback threw
     */
    public ParsedFile withCallbackFailure(RuntimeException failure) {
        return new ParsedFile(path, digest, error, Optional.of(failure));
    }
}
