package dev.arxivdigest.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a paper was seen, as a row: the day, the source, the category it was listed under, its
 * position in the day and the file and line it was read from, as
 * {@link dev.arxivdigest.archive.Sighting} has them.
 *
 * <p>A Java bean for Spark's bean encoder: mutable, not thread-safe. No column is null.
 *
 * @serial exclude
 */
public class SightingRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate date = LocalDate.EPOCH;
    private String source = "";
    private int sourceOrder;
    private String category = "";
    private int position = 1;
    private String file = "";
    private int line = 1;

    /** An empty row, for the encoder. */
    public SightingRow() {
    }

    /** {@return the day} */
    public LocalDate getDate() {
        return date;
    }

    /** @param date the day */
    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** {@return the source's name} */
    public String getSource() {
        return source;
    }

    /** @param source the source's name */
    public void setSource(String source) {
        this.source = source;
    }

    /** {@return the source's place among the inputs, 0-based: sightings of one day are in this order} */
    public int getSourceOrder() {
        return sourceOrder;
    }

    /** @param sourceOrder the source's place among the inputs, 0-based */
    public void setSourceOrder(int sourceOrder) {
        this.sourceOrder = sourceOrder;
    }

    /** {@return the category the paper was listed under, as written; empty before any category heading} */
    public String getCategory() {
        return category;
    }

    /** @param category the category */
    public void setCategory(String category) {
        this.category = category;
    }

    /** {@return the paper's position in the day, 1-based, in document order (record order for a day with records only)} */
    public int getPosition() {
        return position;
    }

    /** @param position the position, 1-based */
    public void setPosition(int position) {
        this.position = position;
    }

    /** {@return the file the paper was read from} */
    public String getFile() {
        return file;
    }

    /** @param file the file */
    public void setFile(String file) {
        this.file = file;
    }

    /** {@return the line of the paper's header (or of its record), 1-based} */
    public int getLine() {
        return line;
    }

    /** @param line the line, 1-based */
    public void setLine(int line) {
        this.line = line;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SightingRow s && sourceOrder == s.sourceOrder && position == s.position && line == s.line
                && date.equals(s.date) && source.equals(s.source) && category.equals(s.category) && file.equals(s.file);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, source, sourceOrder, category, position, file, line);
    }

    @Override
    public String toString() {
        return date + " " + source + " " + category + " #" + position + " " + file + ":" + line;
    }
}
