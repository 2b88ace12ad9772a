package dev.arxivdigest.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One sighting of one paper on Spark, as a flat row: where it was seen, the paper's header and every
 * canonical field as its digest writes them, its sections as a map, the fields joined from its
 * record, and how many problems the parser found in it. It holds what
 * {@link dev.arxivdigest.archive.ArchivedPaper} holds, flattened for Spark and Parquet.
 *
 * <p>A Java bean for Spark's {@link org.apache.spark.sql.Encoders#bean(Class) bean encoder}: mutable,
 * not thread-safe. Spark rows have no {@code Optional}: a value the paper does not have is null
 * (SQL {@code NULL}), as each getter says; lists and maps are empty, never null.
 *
 * @serial exclude
 */
public class PaperRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private String source = "";
    private int sourceOrder;
    private LocalDate date = LocalDate.EPOCH;
    private String category = "";
    private int position = 1;
    private String file = "";
    private int line = 1;
    private String id;
    private String idKind;
    private String arxivId;
    private Integer arxivVersion;
    private String index;
    private String title = "";
    private String link = "";
    private List<String> authors = List.of();
    private String mainCategory;
    private String tldr;
    private String motivation;
    private String method;
    private String result;
    private String conclusion;
    private String abstractText;
    private Map<String, String> sections = Map.of();
    private boolean hasRecord;
    private List<String> categories = List.of();
    private String pdf;
    private String comment;
    private String codeUrl;
    private Long codeStars;
    private String recordExtras;
    private int problemCount;

    /** An empty row, for the encoder. */
    public PaperRow() {
    }

    /** {@return the source's name, as given with the input root} */
    public String getSource() {
        return source;
    }

    /** @param source the source's name, as given with the input root */
    public void setSource(String source) {
        this.source = source;
    }

    /** {@return the source's place among the inputs, 0-based} */
    public int getSourceOrder() {
        return sourceOrder;
    }

    /** @param sourceOrder the source's place among the inputs, 0-based */
    public void setSourceOrder(int sourceOrder) {
        this.sourceOrder = sourceOrder;
    }

    /** {@return the day, from the file names} */
    public LocalDate getDate() {
        return date;
    }

    /** @param date the day, from the file names */
    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** {@return the category the paper was listed under, as written; empty before any category heading (for a day with records only, the record's first category)} */
    public String getCategory() {
        return category;
    }

    /** @param category the category the paper was listed under, as written; empty before any category heading (for a day with records only, the record's first category) */
    public void setCategory(String category) {
        this.category = category;
    }

    /** {@return the paper's position in the day, 1-based, in document order (record order for a day with records only)} */
    public int getPosition() {
        return position;
    }

    /** @param position the paper's position in the day, 1-based, in document order (record order for a day with records only) */
    public void setPosition(int position) {
        this.position = position;
    }

    /** {@return the file the paper was read from: a local path for {@code file:} URIs, else the URI as listed} */
    public String getFile() {
        return file;
    }

    /** @param file the file the paper was read from: a local path for {@code file:} URIs, else the URI as listed */
    public void setFile(String file) {
        this.file = file;
    }

    /** {@return the line of the paper's header (or of its record), 1-based} */
    public int getLine() {
        return line;
    }

    /** @param line the line of the paper's header (or of its record), 1-based */
    public void setLine(int line) {
        this.line = line;
    }

    /** {@return the paper's identifier ({@link dev.arxivdigest.archive.ArchivedPaper#id()}): an arXiv id without version, a DOI or a link; null for a paper with no link and no record} */
    public String getId() {
        return id;
    }

    /** @param id the paper's identifier ({@link dev.arxivdigest.archive.ArchivedPaper#id()}): an arXiv id without version, a DOI or a link; null for a paper with no link and no record */
    public void setId(String id) {
        this.id = id;
    }

    /** {@return the identifier's kind: {@code ARXIV}, {@code DOI} or {@code LINK}; null without identifier} */
    public String getIdKind() {
        return idKind;
    }

    /** @param idKind the identifier's kind: {@code ARXIV}, {@code DOI} or {@code LINK}; null without identifier */
    public void setIdKind(String idKind) {
        this.idKind = idKind;
    }

    /** {@return the arXiv id without version, if the link is an arXiv link; else null} */
    public String getArxivId() {
        return arxivId;
    }

    /** @param arxivId the arXiv id without version, if the link is an arXiv link; else null */
    public void setArxivId(String arxivId) {
        this.arxivId = arxivId;
    }

    /** {@return the arXiv version the link names, if any; else null} */
    public Integer getArxivVersion() {
        return arxivVersion;
    }

    /** @param arxivVersion the arXiv version the link names, if any; else null */
    public void setArxivVersion(Integer arxivVersion) {
        this.arxivVersion = arxivVersion;
    }

    /** {@return the running index as written in the header, if any; else null} */
    public String getIndex() {
        return index;
    }

    /** @param index the running index as written in the header, if any; else null */
    public void setIndex(String index) {
        this.index = index;
    }

    /** {@return the title as written} */
    public String getTitle() {
        return title;
    }

    /** @param title the title as written */
    public void setTitle(String title) {
        this.title = title;
    }

    /** {@return the header's link target as written; empty without link} */
    public String getLink() {
        return link;
    }

    /** @param link the header's link target as written; empty without link */
    public void setLink(String link) {
        this.link = link;
    }

    /** {@return the authors, in order, as written} */
    public List<String> getAuthors() {
        return authors;
    }

    /** @param authors the authors, in order, as written */
    public void setAuthors(List<String> authors) {
        this.authors = authors;
    }

    /** {@return the Main category field, if the paper has one; else null} */
    public String getMainCategory() {
        return mainCategory;
    }

    /** @param mainCategory the Main category field, if the paper has one; else null */
    public void setMainCategory(String mainCategory) {
        this.mainCategory = mainCategory;
    }

    /** {@return the TL;DR field, if any; else null} */
    public String getTldr() {
        return tldr;
    }

    /** @param tldr the TL;DR field, if any; else null */
    public void setTldr(String tldr) {
        this.tldr = tldr;
    }

    /** {@return the Motivation field, if any; else null} */
    public String getMotivation() {
        return motivation;
    }

    /** @param motivation the Motivation field, if any; else null */
    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    /** {@return the Method field, if any; else null} */
    public String getMethod() {
        return method;
    }

    /** @param method the Method field, if any; else null */
    public void setMethod(String method) {
        this.method = method;
    }

    /** {@return the Result field, if any; else null} */
    public String getResult() {
        return result;
    }

    /** @param result the Result field, if any; else null */
    public void setResult(String result) {
        this.result = result;
    }

    /** {@return the Conclusion field, if any; else null} */
    public String getConclusion() {
        return conclusion;
    }

    /** @param conclusion the Conclusion field, if any; else null */
    public void setConclusion(String conclusion) {
        this.conclusion = conclusion;
    }

    /** {@return the Abstract field, if any; else null} */
    public String getAbstractText() {
        return abstractText;
    }

    /** @param abstractText the Abstract field, if any; else null */
    public void setAbstractText(String abstractText) {
        this.abstractText = abstractText;
    }

    /** {@return every labelled section (before and inside the details block), label to text as written; the texts of a label written twice are joined with a blank line} */
    public Map<String, String> getSections() {
        return sections;
    }

    /** @param sections every labelled section (before and inside the details block), label to text as written; the texts of a label written twice are joined with a blank line */
    public void setSections(Map<String, String> sections) {
        this.sections = sections;
    }

    /** {@return whether the day's records file has a record for this paper (or the paper was built from one)} */
    public boolean isHasRecord() {
        return hasRecord;
    }

    /** @param hasRecord whether the day's records file has a record for this paper (or the paper was built from one) */
    public void setHasRecord(boolean hasRecord) {
        this.hasRecord = hasRecord;
    }

    /** {@return every category, main first: the record's, else the main category the paper shows} */
    public List<String> getCategories() {
        return categories;
    }

    /** @param categories every category, main first: the record's, else the main category the paper shows */
    public void setCategories(List<String> categories) {
        this.categories = categories;
    }

    /** {@return the PDF link, from the record; else null} */
    public String getPdf() {
        return pdf;
    }

    /** @param pdf the PDF link, from the record; else null */
    public void setPdf(String pdf) {
        this.pdf = pdf;
    }

    /** {@return arXiv's comment, from the record; else null} */
    public String getComment() {
        return comment;
    }

    /** @param comment arXiv's comment, from the record; else null */
    public void setComment(String comment) {
        this.comment = comment;
    }

    /** {@return the link to the paper's code, from the record; else null} */
    public String getCodeUrl() {
        return codeUrl;
    }

    /** @param codeUrl the link to the paper's code, from the record; else null */
    public void setCodeUrl(String codeUrl) {
        this.codeUrl = codeUrl;
    }

    /** {@return the code repository's stars, from the record; else null} */
    public Long getCodeStars() {
        return codeStars;
    }

    /** @param codeStars the code repository's stars, from the record; else null */
    public void setCodeStars(Long codeStars) {
        this.codeStars = codeStars;
    }

    /** {@return the record's keys that upstream does not write (a fork's own), as one JSON object; null without such keys} */
    public String getRecordExtras() {
        return recordExtras;
    }

    /** @param recordExtras the record's keys that upstream does not write (a fork's own), as one JSON object; null without such keys */
    public void setRecordExtras(String recordExtras) {
        this.recordExtras = recordExtras;
    }

    /** {@return the number of problems the parser found in this paper} */
    public int getProblemCount() {
        return problemCount;
    }

    /** @param problemCount the number of problems the parser found in this paper */
    public void setProblemCount(int problemCount) {
        this.problemCount = problemCount;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PaperRow p && sourceOrder == p.sourceOrder && position == p.position && line == p.line && hasRecord == p.hasRecord && problemCount == p.problemCount && Objects.equals(source, p.source) && Objects.equals(date, p.date) && Objects.equals(category, p.category) && Objects.equals(file, p.file) && Objects.equals(id, p.id) && Objects.equals(idKind, p.idKind) && Objects.equals(arxivId, p.arxivId) && Objects.equals(arxivVersion, p.arxivVersion) && Objects.equals(index, p.index) && Objects.equals(title, p.title) && Objects.equals(link, p.link) && Objects.equals(authors, p.authors) && Objects.equals(mainCategory, p.mainCategory) && Objects.equals(tldr, p.tldr) && Objects.equals(motivation, p.motivation) && Objects.equals(method, p.method) && Objects.equals(result, p.result) && Objects.equals(conclusion, p.conclusion) && Objects.equals(abstractText, p.abstractText) && Objects.equals(sections, p.sections) && Objects.equals(categories, p.categories) && Objects.equals(pdf, p.pdf) && Objects.equals(comment, p.comment) && Objects.equals(codeUrl, p.codeUrl) && Objects.equals(codeStars, p.codeStars) && Objects.equals(recordExtras, p.recordExtras);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, sourceOrder, date, category, position, file, line, id, idKind, arxivId, arxivVersion, index, title, link, authors, mainCategory, tldr, motivation, method, result, conclusion, abstractText, sections, hasRecord, categories, pdf, comment, codeUrl, codeStars, recordExtras, problemCount);
    }

    @Override
    public String toString() {
        return date + " " + source + " #" + position + " " + (id == null ? "(no id)" : id) + " " + title;
    }
}
