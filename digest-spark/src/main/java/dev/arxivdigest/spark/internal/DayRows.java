package dev.arxivdigest.spark.internal;

import dev.arxivdigest.spark.PaperRow;
import dev.arxivdigest.spark.ProblemRow;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The rows of one opened day: its papers and its problems. A bean. */
public class DayRows implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<PaperRow> papers = new ArrayList<>();
    private List<ProblemRow> problems = new ArrayList<>();

    /** For the encoder. */
    public DayRows() {
    }

    /** @return the papers, in document order */
    public List<PaperRow> getPapers() {
        return papers;
    }

    /** @param papers the papers */
    public void setPapers(List<PaperRow> papers) {
        this.papers = papers;
    }

    /** @return the problems */
    public List<ProblemRow> getProblems() {
        return problems;
    }

    /** @param problems the problems */
    public void setProblems(List<ProblemRow> problems) {
        this.problems = problems;
    }
}
