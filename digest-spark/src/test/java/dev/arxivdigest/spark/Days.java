package dev.arxivdigest.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes days in upstream's layout: a digest in the canonical template and the records it was made from. */
final class Days {

    private Days() {
    }

    /** A paper of a generated day: its arXiv id, title and category. */
    record P(String id, String title, String category) {
    }

    static P p(String id, String category) {
        return new P(id, "Title of " + id, category);
    }

    /** The canonical markdown for papers (categories in the order first seen). */
    static String markdown(List<P> papers) {
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

    /** The records line of a paper, with a PDF link, a comment, two categories and a fork's own key. */
    static String record(P x) {
        return "{\"id\": \"" + x.id() + "\", \"categories\": [\"" + x.category() + "\", \"cs.AI\"], \"pdf\": \"https://arxiv.org/pdf/"
                + x.id() + "\", \"abs\": \"https://arxiv.org/abs/" + x.id() + "\", \"authors\": [\"Ada Lovelace\", \"Alan Turing\"], "
                + "\"title\": \"" + x.title() + "\", \"comment\": \"8 pages\", \"summary\": \"abstract of " + x.id() + "\", "
                + "\"AI\": {\"tldr\": \"tldr of " + x.id() + "\", \"motivation\": \"m\", \"method\": \"me\", \"result\": \"r\", "
                + "\"conclusion\": \"c\"}, \"score\": 7}\n";
    }

    static void writeMarkdown(Path dir, String date, List<P> papers) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(date + ".md"), markdown(papers), StandardCharsets.UTF_8);
    }

    static void writeRecords(Path dir, String name, List<P> papers, String extraLines) throws IOException {
        Files.createDirectories(dir);
        StringBuilder sb = new StringBuilder();
        papers.forEach(x -> sb.append(record(x)));
        sb.append(extraLines);
        Files.writeString(dir.resolve(name), sb.toString(), StandardCharsets.UTF_8);
    }

    /** A day in upstream's layout: {@code DATE.md} and {@code DATE_AI_enhanced_Chinese.jsonl}. */
    static void writeDay(Path dir, String date, List<P> papers) throws IOException {
        writeMarkdown(dir, date, papers);
        writeRecords(dir, date + "_AI_enhanced_Chinese.jsonl", papers, "");
    }
}
