package dev.arxivdigest.spark.internal;

import dev.arxivdigest.archive.DayFileName;

import java.io.Serializable;
import java.time.LocalDate;

/** A file that Spark listed and whose name names a day: a bean for the encoder. */
public class ListedFile implements Serializable {

    private static final long serialVersionUID = 1L;

    private String source;
    private int sourceOrder;
    private LocalDate date;
    private String path;
    private String kind;

    /** For the encoder. */
    public ListedFile() {
    }

    /**
     * A listed file.
     *
     * @param source the source
     * @param sourceOrder its place among the inputs
     * @param date the day
     * @param path the path as listed
     * @param kind what it is
     * @return the file
     */
    public static ListedFile of(String source, int sourceOrder, LocalDate date, String path, DayFileName.Kind kind) {
        ListedFile f = new ListedFile();
        f.source = source;
        f.sourceOrder = sourceOrder;
        f.date = date;
        f.path = path;
        f.kind = kind.name();
        return f;
    }

    /** {@return the grouping key: one per (source, day)} */
    public String key() {
        return sourceOrder + "/" + date;
    }

    /** @return the source */
    public String getSource() {
        return source;
    }

    /** @param source the source */
    public void setSource(String source) {
        this.source = source;
    }

    /** @return the source's place among the inputs */
    public int getSourceOrder() {
        return sourceOrder;
    }

    /** @param sourceOrder the source's place among the inputs */
    public void setSourceOrder(int sourceOrder) {
        this.sourceOrder = sourceOrder;
    }

    /** @return the day */
    public LocalDate getDate() {
        return date;
    }

    /** @param date the day */
    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** @return the path as Spark lists it */
    public String getPath() {
        return path;
    }

    /** @param path the path as Spark lists it */
    public void setPath(String path) {
        this.path = path;
    }

    /** @return the kind's name */
    public String getKind() {
        return kind;
    }

    /** @param kind the kind's name */
    public void setKind(String kind) {
        this.kind = kind;
    }
}
