package dev.arxivdigest.spark;

import dev.arxivdigest.testsupport.UpstreamDays;
import dev.arxivdigest.testsupport.UpstreamDays.P;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Days as a fork writes them: upstream's layout ({@link UpstreamDays}), each record with the fork's own key {@code "score": 7}. */
final class Days {

    /** The key the fork adds to each record. */
    static final String SCORE = "\"score\": 7";

    private Days() {
    }

    /** A day in upstream's layout: {@code DATE.md} and {@code DATE_AI_enhanced_Chinese.jsonl}. */
    static void writeDay(Path dir, String date, List<P> papers) throws IOException {
        UpstreamDays.writeDay(dir, date, papers, SCORE);
    }

    static void writeRecords(Path dir, String name, List<P> papers, String extraLines) throws IOException {
        UpstreamDays.writeRecords(dir, name, papers, SCORE, extraLines);
    }
}
