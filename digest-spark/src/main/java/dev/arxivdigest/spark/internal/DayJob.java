package dev.arxivdigest.spark.internal;

import dev.arxivdigest.spark.ProblemRow;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One day of one source to open: its markdown and records paths (as listed) and the problems pairing them. A bean. */
public class DayJob implements Serializable {

    private static final long serialVersionUID = 1L;

    private String source;
    private int sourceOrder;
    private LocalDate date;
    private String markdown;
    private String records;
    private List<ProblemRow> problems = new ArrayList<>();

    /** For the encoder. */
    public DayJob() {
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

    /** @param sourceOrder the source's place */
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

    /** @return the markdown's path as listed, or null */
    public String getMarkdown() {
        return markdown;
    }

    /** @param markdown the markdown's path, or null */
    public void setMarkdown(String markdown) {
        this.markdown = markdown;
    }

    /** @return the records' path as listed, or null */
    public String getRecords() {
        return records;
    }

    /** @param records the records' path, or null */
    public void setRecords(String records) {
        this.records = records;
    }

    /** @return the problems of pairing the day's files */
    public List<ProblemRow> getProblems() {
        return problems;
    }

    /** @param problems the problems of pairing the day's files */
    public void setProblems(List<ProblemRow> problems) {
        this.problems = problems;
    }
}
