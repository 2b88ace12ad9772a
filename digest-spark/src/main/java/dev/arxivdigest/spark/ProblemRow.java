package dev.arxivdigest.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One problem of an archive on Spark, as a flat row: a digest's own problem, a record that could
 * not be read, a file that could not be read, a second file for one day, or a disagreement between a
 * paper and its record. The same problems, with the same codes, lines and messages, as
 * {@link dev.arxivdigest.archive.ArchiveProblem} gives for the same files.
 *
 * <p>A Java bean, as Spark's {@link org.apache.spark.sql.Encoders#bean(Class) bean encoder} needs:
 * mutable, not thread-safe. Only {@link #getDate()} may be null.
 *
 * @serial exclude
 */
public class ProblemRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String source = "";
    private LocalDate date;
    private String file = "";
    private int line = 1;
    private int column = 1;
    private String severity = "";
    private String code = "";
    private String message = "";

    /** An empty row, for the encoder. */
    public ProblemRow() {
    }

    /** {@return the source the file belongs to} */
    public String getSource() {
        return source;
    }

    /** @param source the source the file belongs to */
    public void setSource(String source) {
        this.source = source;
    }

    /** {@return the day the file is for; null for a problem listing a root (a root that cannot be read)} */
    public LocalDate getDate() {
        return date;
    }

    /** @param date the day the file is for, or null */
    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** {@return the file: a local path for {@code file:} URIs, else the URI as listed} */
    public String getFile() {
        return file;
    }

    /** @param file the file */
    public void setFile(String file) {
        this.file = file;
    }

    /** {@return the line in the file, 1-based} */
    public int getLine() {
        return line;
    }

    /** @param line the line, 1-based */
    public void setLine(int line) {
        this.line = line;
    }

    /** {@return the column in the line, 1-based} */
    public int getColumn() {
        return column;
    }

    /** @param column the column, 1-based */
    public void setColumn(int column) {
        this.column = column;
    }

    /** {@return the severity's name: {@code ERROR}, {@code WARNING} or {@code INFO}} */
    public String getSeverity() {
        return severity;
    }

    /** @param severity the severity's name */
    public void setSeverity(String severity) {
        this.severity = severity;
    }

    /** {@return the problem's code, such as {@code record-not-json}} */
    public String getCode() {
        return code;
    }

    /** @param code the problem's code */
    public void setCode(String code) {
        this.code = code;
    }

    /** {@return the message} */
    public String getMessage() {
        return message;
    }

    /** @param message the message */
    public void setMessage(String message) {
        this.message = message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProblemRow p && line == p.line && column == p.column && source.equals(p.source)
                && Objects.equals(date, p.date) && file.equals(p.file) && severity.equals(p.severity) && code.equals(p.code)
                && message.equals(p.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, date, file, line, column, severity, code, message);
    }

    /** {@return {@code FILE:LINE:COL: severity: CODE: message}, as the archive prints a problem} */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.toLowerCase(java.util.Locale.ROOT) + ": " + code + ": " + message;
    }
}
