package dev.arxivdigest.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes generated days in upstream's layout: a digest in the canonical template and the records it
 * was made from, for the archive's tests and the Spark archive's.
 *
 * <pre>{@code
 * UpstreamDays.writeDay(root, "2026-03-10", List.of(UpstreamDays.p("2603.00001", "cs.CV")));
 * }</pre>
 *
 * <p>Stateless and thread-safe. No argument may be null; where a method takes {@code extraKeys}
 * (keys a fork adds to each record, written after upstream's, e.g. {@code "score": 7}), an empty
 * string adds none.
 */
public final class UpstreamDays {

    private UpstreamDays() {
    }

    /**
     * A paper of a generated day.
     *
     * @param id its arXiv id
     * @param title its title
     * @param category its category, which is also its main category
     */
    public record P(String id, String title, String category) {
    }

    /**
     * {@return a paper titled {@code "Title of " + id}}
     *
     * @param id its arXiv id
     * @param category its category
     */
    public static P p(String id, String category) {
        return new P(id, "Title of " + id, category);
    }

    /**
     * {@return the canonical markdown for the papers, all categories in the order first seen}
     *
     * @param papers the papers
     */
    public static String markdown(List<P> papers) {
        StringBuilder toc = new StringBuilder("<div id=toc></div>\n\n# Table of Contents\n\n");
        List<String> cats = papers.stream().map(P::category).distinct().toList();
        for (String c : cats) {
            toc.append("- [").append(c).append("](#").append(c).append(") [Total: ")
                    .append(papers.stream().filter(x -> x.category().equals(c)).count()).append("]\n");
        }
        StringBuilder body = new StringBuilder();
        int n = 0;
        for (String c : cats) {
            body.append("\n\n<div id='").append(c).append("'></div>\n\n# ").append(c).append(" [[Back]](#toc)\n\n");
            for (P x : papers) {
                if (!x.category().equals(c)) {
                    continue;
                }
                n++;
                body.append("### [").append(n).append("] [").append(x.title()).append("](https://arxiv.org/abs/")
                        .append(x.id()).append(")\n*Ada Lovelace,Alan Turing*\n\nMain category: ").append(c)
                        .append("\n\nTL;DR: tldr of ").append(x.id()).append("\n\n\n<details>\n  <summary>Details</summary>\n")
                        .append("Motivation: m\n\nMethod: me\n\nResult: r\n\nConclusion: c\n\nAbstract: abstract of ")
                        .append(x.id()).append("\n\n</details>\n\n");
            }
        }
        return toc + body.toString();
    }

    /**
     * {@return the records line of a paper, with a PDF link, a comment and two categories}
     *
     * @param x the paper
     */
    public static String record(P x) {
        return record(x, "");
    }

    /**
     * {@return the records line of a paper, with a PDF link, a comment, two categories and the keys a fork adds}
     *
     * @param x the paper
     * @param extraKeys the keys written after upstream's, e.g. {@code "score": 7}; empty for none
     */
    public static String record(P x, String extraKeys) {
        return "{\"id\": \"" + x.id() + "\", \"categories\": [\"" + x.category() + "\", \"cs.AI\"], \"pdf\": \"https://arxiv.org/pdf/"
                + x.id() + "\", \"abs\": \"https://arxiv.org/abs/" + x.id() + "\", \"authors\": [\"Ada Lovelace\", \"Alan Turing\"], "
                + "\"title\": \"" + x.title() + "\", \"comment\": \"8 pages\", \"summary\": \"abstract of " + x.id() + "\", "
                + "\"AI\": {\"tldr\": \"tldr of " + x.id() + "\", \"motivation\": \"m\", \"method\": \"me\", \"result\": \"r\", "
                + "\"conclusion\": \"c\"}" + (extraKeys.isEmpty() ? "" : ", " + extraKeys) + "}\n";
    }

    /**
     * Writes {@code DATE.md} in {@code dir}, creating the folders.
     *
     * @param dir the folder
     * @param date the day, {@code yyyy-MM-dd}
     * @param papers the papers
     * @throws IOException if it cannot be written
     */
    public static void writeMarkdown(Path dir, String date, List<P> papers) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(date + ".md"), markdown(papers), StandardCharsets.UTF_8);
    }

    /**
     * Writes the papers' records to {@code dir/name}, creating the folders.
     *
     * @param dir the folder
     * @param name the file's name
     * @param papers the papers
     * @throws IOException if it cannot be written
     */
    public static void writeRecords(Path dir, String name, List<P> papers) throws IOException {
        writeRecords(dir, name, papers, "", "");
    }

    /**
     * Writes the papers' records, each with the keys a fork adds, then more text, to {@code dir/name},
     * creating the folders.
     *
     * @param dir the folder
     * @param name the file's name
     * @param papers the papers
     * @param extraKeys the keys written in each record after upstream's; empty for none
     * @param extraLines text written after the records (e.g. a broken line); empty for none
     * @throws IOException if it cannot be written
     */
    public static void writeRecords(Path dir, String name, List<P> papers, String extraKeys, String extraLines) throws IOException {
        Files.createDirectories(dir);
        StringBuilder sb = new StringBuilder();
        papers.forEach(x -> sb.append(record(x, extraKeys)));
        sb.append(extraLines);
        Files.writeString(dir.resolve(name), sb.toString(), StandardCharsets.UTF_8);
    }

    /**
     * Writes a day in upstream's layout: {@code DATE.md} and {@code DATE_AI_enhanced_Chinese.jsonl}.
     *
     * @param dir the folder
     * @param date the day, {@code yyyy-MM-dd}
     * @param papers the papers
     * @throws IOException if it cannot be written
     */
    public static void writeDay(Path dir, String date, List<P> papers) throws IOException {
        writeDay(dir, date, papers, "");
    }

    /**
     * Writes a day in upstream's layout, each record with the keys a fork adds.
     *
     * @param dir the folder
     * @param date the day, {@code yyyy-MM-dd}
     * @param papers the papers
     * @param extraKeys the keys written in each record after upstream's; empty for none
     * @throws IOException if it cannot be written
     */
    public static void writeDay(Path dir, String date, List<P> papers, String extraKeys) throws IOException {
        writeMarkdown(dir, date, papers);
        writeRecords(dir, date + "_AI_enhanced_Chinese.jsonl", papers, extraKeys, "");
    }
}
