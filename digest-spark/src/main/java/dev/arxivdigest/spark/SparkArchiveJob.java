package dev.arxivdigest.spark;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The archive as a Spark job, for {@code spark-submit}: reads the digests and records under named
 * roots, writes papers, problems and unique papers as Parquet (see {@link ArchiveParquet}), and
 * prints what it read.
 *
 * <pre>
 * spark-submit --class dev.arxivdigest.spark.SparkArchiveJob digest-spark-VERSION-job.jar \
 *     --input upstream=hdfs:///digests/upstream --input fork=hdfs:///digests/fork \
 *     --output hdfs:///out/archive
 * </pre>
 *
 * <p>An existing output is never overwritten unless {@code --overwrite} is given. Exit status 0 when
 * written, 1 when the output exists or the job fails, 2 for bad arguments.
 */
@Command(name = "digest-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Reads digests and records of many days and sources on Spark and writes them as Parquet.")
public final class SparkArchiveJob implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "NAME=PATH",
            description = "A source: its name and root directory (any file system Spark reads). Repeat for more sources; "
                    + "sightings of one day follow this order.")
    private Map<String, String> inputs = new LinkedHashMap<>();

    @Option(names = "--output", required = true, paramLabel = "PATH",
            description = "The output directory: papers/, problems/ and unique/ are written under it.")
    private String output;

    @Option(names = "--glob", paramLabel = "GLOB", description = "File names to list (default: ${DEFAULT-VALUE}).")
    private String glob = SparkArchive.DEFAULT_GLOB;

    @Option(names = "--overwrite", description = "Replace an existing output directory.")
    private boolean overwrite;

    private final SparkSession spark;
    private PrintWriter out;
    private PrintWriter err;

    private SparkArchiveJob(SparkSession spark) {
        this.spark = spark;
    }

    /**
     * Runs the job in the session {@code spark-submit} configures, then stops it.
     *
     * @param args the arguments ({@code --help} lists them)
     */
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("digest-spark").getOrCreate();
        int status;
        try {
            status = run(spark, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        } finally {
            spark.stop();
        }
        System.exit(status);
    }

    /**
     * Runs the job in a session, which is left running.
     *
     * @param spark the session
     * @param out where the summary is printed
     * @param err where errors are printed
     * @param args the arguments
     * @return the exit status: 0 written, 1 output exists or failure, 2 bad arguments
     */
    public static int run(SparkSession spark, PrintWriter out, PrintWriter err, String... args) {
        SparkArchiveJob job = new SparkArchiveJob(spark);
        job.out = out;
        job.err = err;
        CommandLine cl = new CommandLine(job).setOut(out).setErr(err);
        return cl.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        SparkArchive.Builder b = SparkArchive.builder().pathGlobFilter(glob);
        inputs.forEach(b::addSource);
        Path target = new Path(output);
        FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(target) && !overwrite) {
            err.println("digest-spark: " + output + " exists; pass --overwrite to replace it");
            return 1;
        }
        ArchiveDatasets archive = b.build().read(spark);
        ArchiveParquet.write(archive, output, overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
        ArchiveDatasets written = ArchiveParquet.read(spark, output);
        long papers = written.papers().count();
        long days = written.papers().select("source", "date").distinct().count();
        long unique = ArchiveParquet.readUnique(spark, output).count();
        out.println(papers + " paper sightings, " + unique + " unique papers, " + days + " days of "
                + inputs.size() + " sources -> " + output);
        for (Row r : written.problems().groupBy("severity").count().orderBy("severity").collectAsList()) {
            out.println(r.getLong(1) + " problems of severity " + r.getString(0));
        }
        if (papers == 0) {
            err.println("digest-spark: no paper found under " + inputs.values() + " (glob " + glob + ")");
        }
        return 0;
    }
}
