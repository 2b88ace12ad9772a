/**
 * The JSON codec: upstream's JSON Lines records in ({@link dev.arxivdigest.json.RecordsReader},
 * Jackson's streaming parser, one line at a time, every problem at its line) and JSON out
 * ({@link dev.arxivdigest.json.JsonWriter}). Records keep every key a fork adds as a typed
 * {@link dev.arxivdigest.json.JsonValue}.
 *
 * <p>Every type is immutable or stateless and thread-safe; nothing returns {@code null}.
 */
package dev.arxivdigest.json;
