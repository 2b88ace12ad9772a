package dev.arxivdigest.spark.internal;

import java.net.URI;

/** How a path as Spark lists it is shown in rows and where it is read from. */
public final class Locations {

    private Locations() {
    }

    /**
     * The path to show: a local path for a {@code file:} URI (as the single-machine archive shows
     * it), else the path as listed.
     *
     * @param listed the path as Spark lists it
     * @return the path to show
     */
    public static String display(String listed) {
        URI uri = new org.apache.hadoop.fs.Path(listed).toUri();
        return isLocal(uri) ? uri.getPath() : listed;
    }

    /**
     * Whether a listed path is on the local file system, readable as a {@link java.nio.file.Path}.
     *
     * @param listed the path as Spark lists it
     * @return true for {@code file:} URIs and paths without scheme
     */
    public static boolean isLocal(String listed) {
        return isLocal(new org.apache.hadoop.fs.Path(listed).toUri());
    }

    private static boolean isLocal(URI uri) {
        return uri.getScheme() == null || uri.getScheme().equals("file");
    }
}
