package dev.arxivdigest.json;

import dev.arxivdigest.model.Problem;

import java.util.List;

/**
 * The records of one JSONL file and the problems found reading it, in line order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param records the records that could be read, in line order
 * @param problems the problems, each at its line
 */
public record RecordFile(List<PaperRecord> records, List<Problem> problems) {

    /**
     * Copies.
     *
     * @param records the records that could be read, in line order
     * @param problems the problems, each at its line
     * @throws NullPointerException if a list or an element is null
     */
    public RecordFile {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }
}
