package dev.arxivdigest.archive;

import java.util.List;

/**
 * The unique papers of a part of an archive, and what reading it found.
 *
 * <p>Immutable and thread-safe.
 *
 * @param papers each paper once, in the order of its first sighting
 * @param sightings the number of papers read, repeats included
 * @param watermark the watermark after this read: per source, the last day listed
 * @param problems the problems of every file read
 */
public record UniquePapers(List<UniquePaper> papers, long sightings, Watermark watermark, List<ArchiveProblem> problems) {

    /**
     * Copies.
     *
     * @param papers each paper once, in the order of its first sighting
     * @param sightings the number of papers read, repeats included
     * @param watermark the watermark after this read: per source, the last day listed
     * @param problems the problems of every file read
     * @throws NullPointerException if a component or element is null
     */
    public UniquePapers {
        papers = List.copyOf(papers);
        java.util.Objects.requireNonNull(watermark, "watermark");
        problems = List.copyOf(problems);
    }
}
