package dev.arxivdigest.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.arxivdigest.json.JsonValue.JsonArray;
import dev.arxivdigest.json.JsonValue.JsonObject;
import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads JSON Lines records (upstream's {@code DATE_AI_enhanced_LANG.jsonl}, a fork's
 * {@code DATE.source.jsonl}) with Jackson's streaming parser, one line at a time.
 *
 * <p>Bad input never stops the rest: a line that is not JSON, is truncated, is not an object, or is
 * longer than {@link Builder#maxLineLength(int)} bytes gives a problem at its line (and the column
 * where the JSON breaks) and the next line is read. A byte order mark, CRLF line endings and blank
 * lines are accepted. Problem codes: {@value #NOT_JSON}, {@value #NOT_AN_OBJECT},
 * {@value #TRAILING_DATA}, {@value #TOO_LONG}, {@value #DUPLICATE_KEY}, {@value #BYTE_ORDER_MARK}.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class RecordsReader {

    /** A line that is not JSON, or ends before its value does (error). */
    public static final String NOT_JSON = "record-not-json";
    /** A line holding JSON that is not an object (error). */
    public static final String NOT_AN_OBJECT = "record-not-an-object";
    /** Text after the record's object on its line (warning; the record is kept). */
    public static final String TRAILING_DATA = "record-trailing-data";
    /** A line longer than the limit (error; the line is skipped). */
    public static final String TOO_LONG = "record-too-long";
    /** A key written twice in one object (warning; the first value is kept). */
    public static final String DUPLICATE_KEY = "record-duplicate-key";
    /** The file starts with a byte order mark, which was skipped (info). */
    public static final String BYTE_ORDER_MARK = "byte-order-mark";

    private final int maxLineLength;
    private final JsonFactory factory;

    private RecordsReader(Builder b) {
        this.maxLineLength = b.maxLineLength;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(b.maxNestingDepth)
                        .maxStringLength(Math.max(1, b.maxLineLength))
                        .build())
                .build();
    }

    /** {@return a reader with the default limits: lines up to 16 MiB, nesting up to 64 levels} */
    public static RecordsReader defaults() {
        return builder().build();
    }

    /** {@return a builder with the default limits} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads every record of a file.
     *
     * @param file the file
     * @return its records and problems
     * @throws IOException if the file cannot be read
     */
    public RecordFile read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /**
     * Reads every record of a stream, which is read to its end but not closed.
     *
     * @param in the bytes
     * @return the records and problems
     * @throws IOException if reading fails
     */
    public RecordFile read(InputStream in) throws IOException {
        List<PaperRecord> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        read(in, records::add, problems::add);
        return new RecordFile(records, problems);
    }

    /**
     * Reads a stream record by record, holding one line at a time: for files larger than memory.
     *
     * @param in the bytes, read to their end but not closed
     * @param onRecord called with each record, in order
     * @param onProblem called with each problem, in order
     * @throws IOException if reading fails
     */
    public void read(InputStream in, Consumer<PaperRecord> onRecord, Consumer<Problem> onProblem) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(onRecord, "onRecord");
        Objects.requireNonNull(onProblem, "onProblem");
        byte[] buf = new byte[1 << 16];
        byte[] line = new byte[256];
        int len = 0;
        boolean tooLong = false;
        int lineNo = 1;
        boolean first = true;
        int n;
        while ((n = in.read(buf)) >= 0) {
            int start = 0;
            if (first && n > 0) {
                if (n >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
                    start = 3;
                    onProblem.accept(new Problem(BYTE_ORDER_MARK, Severity.INFO, 1, 1, "byte order mark skipped"));
                }
                first = false;
            }
            for (int i = start; i < n; i++) {
                if (buf[i] == '\n') {
                    int chunk = i - start;
                    if (!tooLong) {
                        line = append(line, len, buf, start, chunk);
                        len += chunk;
                    }
                    finishLine(line, len, tooLong, lineNo, onRecord, onProblem);
                    lineNo++;
                    len = 0;
                    tooLong = false;
                    start = i + 1;
                }
            }
            int chunk = n - start;
            if (!tooLong && chunk > 0) {
                if ((long) len + chunk > maxLineLength) {
                    tooLong = true;
                } else {
                    line = append(line, len, buf, start, chunk);
                    len += chunk;
                }
            }
        }
        if (len > 0 || tooLong) {
            finishLine(line, len, tooLong, lineNo, onRecord, onProblem);
        }
    }

    private byte[] append(byte[] line, int len, byte[] src, int from, int count) {
        if (len + count > line.length) {
            line = Arrays.copyOf(line, Math.max(len + count, Math.min(maxLineLength, line.length * 2)));
        }
        System.arraycopy(src, from, line, len, count);
        return line;
    }

    private void finishLine(byte[] line, int len, boolean tooLong, int lineNo,
                            Consumer<PaperRecord> onRecord, Consumer<Problem> onProblem) {
        if (tooLong || len > maxLineLength) {
            onProblem.accept(new Problem(TOO_LONG, Severity.ERROR, lineNo, 1,
                    "line longer than " + maxLineLength + " bytes; skipped"));
            return;
        }
        int end = len;
        if (end > 0 && line[end - 1] == '\r') {
            end--;
        }
        if (isBlank(line, end)) {
            return;
        }
        try (JsonParser p = factory.createParser(line, 0, end)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                onProblem.accept(new Problem(NOT_AN_OBJECT, Severity.ERROR, lineNo, column(p.currentTokenLocation()),
                        "a record is a JSON object; found " + describe(t)));
                return;
            }
            JsonObject o = readObject(p, lineNo, onProblem);
            JsonToken after;
            try {
                after = p.nextToken();
            } catch (JsonProcessingException e) {
                after = JsonToken.NOT_AVAILABLE;
            }
            if (after != null) {
                onProblem.accept(new Problem(TRAILING_DATA, Severity.WARNING, lineNo, column(p.currentTokenLocation()),
                        "text after the record's object; ignored"));
            }
            onRecord.accept(new PaperRecord(o, lineNo));
        } catch (StreamConstraintsException e) {
            onProblem.accept(new Problem(NOT_JSON, Severity.ERROR, lineNo, 1, "record exceeds a limit: " + e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            onProblem.accept(new Problem(NOT_JSON, Severity.ERROR, lineNo, at == null ? 1 : column(at),
                    "not JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            onProblem.accept(new Problem(NOT_JSON, Severity.ERROR, lineNo, 1, "not JSON: " + e.getMessage()));
        }
    }

    private static boolean isBlank(byte[] line, int end) {
        for (int i = 0; i < end; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static int column(JsonLocation at) {
        return Math.max(1, at.getColumnNr());
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    /** Reads an object whose START_OBJECT is the current token. Depth is bounded by the factory's constraints. */
    private static JsonObject readObject(JsonParser p, int lineNo, Consumer<Problem> onProblem) throws IOException {
        LinkedHashMap<String, JsonValue> members = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int col = column(p.currentTokenLocation());
            p.nextToken();
            JsonValue v = readValue(p, lineNo, onProblem);
            if (members.putIfAbsent(key, v) != null) {
                onProblem.accept(new Problem(DUPLICATE_KEY, Severity.WARNING, lineNo, col,
                        "key \"" + key + "\" written twice; the first value is kept"));
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new IOException("unexpected " + describe(t) + " in an object");
        }
        return new JsonObject(members);
    }

    private static JsonValue readValue(JsonParser p, int lineNo, Consumer<Problem> onProblem) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            throw new IOException("the line ends inside a value");
        }
        return switch (t) {
            case START_OBJECT -> readObject(p, lineNo, onProblem);
            case START_ARRAY -> {
                List<JsonValue> elements = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(readValue(p, lineNo, onProblem));
                }
                yield new JsonArray(elements);
            }
            case VALUE_STRING -> new JsonValue.JsonString(p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonValue.JsonNumber(p.getText());
            case VALUE_TRUE -> new JsonValue.JsonBoolean(true);
            case VALUE_FALSE -> new JsonValue.JsonBoolean(false);
            case VALUE_NULL -> JsonValue.JsonNull.INSTANCE;
            default -> throw new IOException("unexpected " + describe(t));
        };
    }

    /**
     * Configures a {@link RecordsReader}. Not thread-safe; {@link #build()} takes a snapshot.
     */
    public static final class Builder {
        private int maxLineLength = 16 << 20;
        private int maxNestingDepth = 64;

        private Builder() {
        }

        /**
         * Sets the longest line read, in bytes; a longer line is skipped with a problem.
         *
         * @param bytes the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code bytes} is below 1
         */
        public Builder maxLineLength(int bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxLineLength must be at least 1: " + bytes);
            }
            this.maxLineLength = bytes;
            return this;
        }

        /**
         * Sets the deepest nesting of arrays and objects read; a deeper record is skipped with a problem.
         *
         * @param depth the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code depth} is below 1
         */
        public Builder maxNestingDepth(int depth) {
            if (depth < 1) {
                throw new IllegalArgumentException("maxNestingDepth must be at least 1: " + depth);
            }
            this.maxNestingDepth = depth;
            return this;
        }

        /** {@return the reader} */
        public RecordsReader build() {
            return new RecordsReader(this);
        }
    }
}
