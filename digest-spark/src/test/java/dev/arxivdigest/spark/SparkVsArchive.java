package dev.arxivdigest.spark;

import dev.arxivdigest.archive.DigestArchive;
import dev.arxivdigest.archive.UniquePaper;
import dev.arxivdigest.archive.UniquePapers;
import dev.arxivdigest.archive.DayFileName;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measurement harness, not a test: the same roots read by the single-machine archive and by Spark
 * in local mode, wall time and throughput of each. Run by {@code digest-spark/measure.sh}.
 *
 * <p>Arguments: {@code [--runs N] [--master local[2]] NAME=PATH...}. Per run, the archive computes
 * unique papers ({@code DigestArchive.unique(MIN, MAX, FIRST)}: every day parsed, joined and
 * deduped); Spark computes the same (papers counted, unique papers counted, problems counted, one
 * parse thanks to the persisted days), then the same again with the Parquet output written.
 */
public final class SparkVsArchive {

    private SparkVsArchive() {
    }

    /**
     * Runs the measurement.
     *
     * @param args {@code [--runs N] [--master M] NAME=PATH...}
     * @throws IOException if the output directory cannot be made
     */
    public static void main(String[] args) throws IOException {
        int runs = 3;
        String master = "local[2]";
        Map<String, Path> roots = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--master" -> master = args[++i];
                default -> {
                    int eq = args[i].indexOf('=');
                    roots.put(args[i].substring(0, eq), Path.of(args[i].substring(eq + 1)).toAbsolutePath());
                }
            }
        }
        long bytes = 0;
        long files = 0;
        for (Path r : roots.values()) {
            try (Stream<Path> s = Files.walk(r)) {
                for (Path f : s.filter(Files::isRegularFile)
                        .filter(f -> DayFileName.recognise(f.getFileName().toString()).isPresent()).toList()) {
                    bytes += Files.size(f);
                    files++;
                }
            }
        }
        System.out.printf("input: %d sources, %d files of days (digests and records), %.1f MB%n", roots.size(), files, bytes / 1e6);

        long t0 = System.nanoTime();
        SparkSession spark = SparkSession.builder().master(master).appName("digest-spark-measure")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        System.out.printf("spark session start (%s): %.1f s%n", master, (System.nanoTime() - t0) / 1e9);

        SparkArchive.Builder sb = SparkArchive.builder();
        roots.forEach((n, r) -> sb.addSource(n, r.toString()));
        SparkArchive sparkArchive = sb.build();
        DigestArchive.Builder ab = DigestArchive.builder();
        roots.forEach(ab::addSource);
        DigestArchive archive = ab.build();
        Path out = Files.createTempDirectory("digest-spark-measure-");

        for (int run = 1; run <= runs; run++) {
            long a = System.nanoTime();
            UniquePapers u = archive.unique(LocalDate.MIN, LocalDate.MAX, UniquePaper.Content.FIRST);
            double archiveSeconds = (System.nanoTime() - a) / 1e9;
            System.out.printf("run %d archive: %.2f s, %d sightings, %d unique, %d problems, %.1f MB/s%n", run, archiveSeconds,
                    u.sightings(), u.papers().size(), u.problems().size(), bytes / 1e6 / archiveSeconds);

            long s = System.nanoTime();
            ArchiveDatasets read = sparkArchive.read(spark);
            long sightings = read.papers().count();
            long unique = read.unique().count();
            long problems = read.problems().count();
            double sparkSeconds = (System.nanoTime() - s) / 1e9;
            spark.catalog().clearCache();
            System.out.printf("run %d spark:   %.2f s, %d sightings, %d unique, %d problems, %.1f MB/s%n", run, sparkSeconds,
                    sightings, unique, problems, bytes / 1e6 / sparkSeconds);

            long w = System.nanoTime();
            ArchiveDatasets again = sparkArchive.read(spark);
            ArchiveParquet.write(again, out.resolve("run" + run).toString(), SaveMode.ErrorIfExists);
            double writeSeconds = (System.nanoTime() - w) / 1e9;
            System.out.printf("run %d spark + parquet: %.2f s, %.1f MB/s%n", run, writeSeconds, bytes / 1e6 / writeSeconds);
        }
        spark.stop();
    }
}
