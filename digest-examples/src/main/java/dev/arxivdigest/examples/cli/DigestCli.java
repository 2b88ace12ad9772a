package dev.arxivdigest.examples.cli;

import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.core.DigestWriter;
import dev.arxivdigest.core.ParsedFile;
import dev.arxivdigest.model.Category;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.Severity;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The {@code digest} command-line tool.
 *
 * <pre>
 * digest stats [FILE|DIR...]
 * digest validate FILE|DIR...
 * digest export --format jsonl [--output-dir DIR] FILE|DIR...
 * digest export --format markdown FILE
 * </pre>
 *
 * <p>Problems are printed as {@code FILE:LINE:COL: severity: code: message}. Exit codes: 0 on
 * success, 1 when {@code validate} finds an error, 2 on bad usage or an unreadable file.
 *
 * <p>Several files are parsed on all cores ({@link DigestParser#parseAll(List, java.util.function.Consumer)})
 * and reported in input order; a file that cannot be read is reported and the others go on. While
 * they are parsed, progress goes to stderr: a redrawn bar on a terminal, a line per tenth of the
 * files elsewhere, nothing for a single file.
 */
public final class DigestCli {

    /** Class path resource holding the sample digest {@code stats} reads when given no file. */
    public static final String SAMPLE_RESOURCE = "/dev/arxivdigest/examples/sample.md";

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    /** Files parsed per core in one {@link DigestParser#parseAll} batch. */
    private static final int BATCH_PER_CORE = 4;

    private static final String USAGE_TEXT = String.join("\n",
            "Usage: digest COMMAND [OPTIONS] [FILE...]",
            "",
            "Commands:",
            "  stats [FILE|DIR...]      papers per category and problem count; with no FILE,",
            "                           the bundled sample digest",
            "  validate FILE|DIR...     print every problem; exit 1 if any is an error",
            "  export --format jsonl [--output-dir DIR] FILE|DIR...",
            "                           one JSON object per paper; to stdout for one FILE,",
            "                           else DIR/NAME.jsonl per FILE",
            "  export --format markdown FILE",
            "                           the digest rewritten in canonical form",
            "",
            "A DIR argument stands for every *.md file in it, sorted by name.",
            "Several files are parsed in parallel; progress is shown on stderr.",
            "Problems are printed as FILE:LINE:COL: severity: code: message.",
            "Exit status: 0 ok, 1 validation errors, 2 bad usage or unreadable file.",
            "");

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final DigestParser parser = DigestParser.builder().build();

    private DigestCli(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /**
     * Runs the tool and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs the tool without exiting.
     *
     * @param args the command line
     * @param out standard output
     * @param err standard error
     * @return the exit status: 0 success, 1 validation errors, 2 bad usage or unreadable file
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.console() != null);
    }

    /**
     * Runs the tool without exiting, with the progress display chosen by the caller.
     *
     * @param args the command line
     * @param out standard output
     * @param err standard error
     * @param terminal true to show progress as a bar redrawn with {@code \r}, false for plain lines
     * @return the exit status
     */
    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        if (args.length == 0) {
            out.print(USAGE_TEXT);
            return USAGE;
        }
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        DigestCli cli = new DigestCli(out, err, terminal);
        switch (command) {
            case "-h", "--help", "help":
                out.print(USAGE_TEXT);
                return OK;
            case "stats":
                return cli.stats(rest);
            case "validate":
                return cli.validate(rest);
            case "export":
                return cli.export(rest);
            default:
                err.println("digest: unknown command '" + command + "' (try --help)");
                return USAGE;
        }
    }

    // ------------------------------------------------------------------ stats

    private int stats(List<String> args) {
        if (hasOption(args)) {
            return usageError("stats takes no option: " + firstOption(args));
        }
        int status = OK;
        if (args.isEmpty()) {
            try (InputStream in = DigestCli.class.getResourceAsStream(SAMPLE_RESOURCE)) {
                if (in == null) {
                    err.println("digest: bundled sample not found: " + SAMPLE_RESOURCE);
                    return USAGE;
                }
                printStats("sample.md (bundled)", "sample.md", parser.parse(in));
            } catch (IOException e) {
                return unreadable("sample.md (bundled)", e);
            }
            return status;
        }
        List<Path> files = new ArrayList<>();
        if (expand(args, files) != OK) {
            status = USAGE;
        }
        if (!parseEach(files, (file, digest) -> printStats(file.toString(), file.toString(), digest))) {
            status = USAGE;
        }
        return status;
    }

    private void printStats(String header, String fileName, Digest digest) {
        out.println(header);
        for (Category c : digest.categories()) {
            String name = c.isUnnamed() ? "(no category)" : c.name();
            out.println("  " + name + "  " + c.papers().size() + " papers");
        }
        out.println("  total: " + digest.papers().size() + " papers, " + digest.problems().size() + " problems");
        printProblems(err, fileName, digest);
    }

    // ------------------------------------------------------------------ validate

    private int validate(List<String> args) {
        if (hasOption(args)) {
            return usageError("validate takes no option: " + firstOption(args));
        }
        if (args.isEmpty()) {
            return usageError("validate needs at least one FILE");
        }
        List<Path> files = new ArrayList<>();
        boolean unreadable = expand(args, files) != OK;
        boolean[] errors = {false};
        unreadable |= !parseEach(files, (file, digest) -> {
            printProblems(out, file.toString(), digest);
            errors[0] |= digest.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR);
        });
        out.flush();
        return unreadable ? USAGE : errors[0] ? FAILED : OK;
    }

    // ------------------------------------------------------------------ export

    private int export(List<String> args) {
        String format = null;
        Path outputDir = null;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--format") || a.equals("--output-dir")) {
                if (i + 1 >= args.size()) {
                    return usageError(a + " needs a value");
                }
                String value = args.get(++i);
                if (a.equals("--format")) {
                    format = value;
                } else {
                    outputDir = Path.of(value);
                }
            } else if (a.startsWith("--format=")) {
                format = a.substring("--format=".length());
            } else if (a.startsWith("--output-dir=")) {
                outputDir = Path.of(a.substring("--output-dir=".length()));
            } else if (a.startsWith("-") && !a.equals("-")) {
                return usageError("unknown option for export: " + a);
            } else {
                names.add(a);
            }
        }
        if (format == null) {
            return usageError("export needs --format jsonl or --format markdown");
        }
        if (names.isEmpty()) {
            return usageError("export needs at least one FILE");
        }
        switch (format) {
            case "jsonl":
                return exportJsonl(names, outputDir);
            case "markdown":
                if (names.size() != 1 || outputDir != null) {
                    return usageError("export --format markdown takes exactly one FILE and no --output-dir");
                }
                return exportMarkdown(Path.of(names.get(0)));
            default:
                return usageError("unknown export format '" + format + "' (jsonl or markdown)");
        }
    }

    private int exportJsonl(List<String> names, Path outputDir) {
        if (outputDir == null && names.size() != 1) {
            return usageError("export of several files needs --output-dir");
        }
        List<Path> files = new ArrayList<>();
        int expanded = expand(names, files);
        if (outputDir == null && files.size() > 1) {
            return usageError("export of several files needs --output-dir (" + names.get(0) + " holds "
                    + files.size() + ")");
        }
        JsonlExporter exporter = new JsonlExporter();
        if (outputDir == null) {
            boolean readable = parseEach(files, (file, digest) -> {
                StringBuilder sb = new StringBuilder();
                try {
                    exporter.write(digest, sb);
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // a StringBuilder does not fail
                }
                out.print(sb);
                out.flush();
                printProblems(err, file.toString(), digest);
            });
            return readable && expanded == OK ? OK : USAGE;
        }
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            err.println("digest: cannot create " + outputDir + ": " + message(e));
            return USAGE;
        }
        int[] status = {expanded};
        boolean readable = parseEach(files, (file, digest) -> {
            String base = String.valueOf(file.getFileName());
            if (base.endsWith(".md")) {
                base = base.substring(0, base.length() - 3);
            }
            Path target = outputDir.resolve(base + ".jsonl");
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                exporter.write(digest, w);
            } catch (IOException | UncheckedIOException e) {
                err.println("digest: cannot write " + target + ": " + message(e));
                status[0] = USAGE;
            }
            printProblems(err, file.toString(), digest);
        });
        return readable ? status[0] : USAGE;
    }

    private int exportMarkdown(Path file) {
        try {
            Digest digest = parser.parse(file);
            out.print(DigestWriter.canonical().write(digest));
            out.flush();
            printProblems(err, file.toString(), digest);
            return OK;
        } catch (IOException | UncheckedIOException e) {
            return unreadable(file.toString(), e);
        }
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Parses files on all cores and hands each digest to {@code each} in input order, on this
     * thread; reports a file that cannot be read and goes on. Files are parsed in batches of
     * {@link #BATCH_PER_CORE} per core, so that memory holds one batch of digests, not all of them.
     *
     * @return false if a file could not be read
     */
    private boolean parseEach(List<Path> files, BiConsumer<Path, Digest> each) {
        Progress progress = new Progress(err, terminal, files.size());
        int batch = Math.max(16, BATCH_PER_CORE * Runtime.getRuntime().availableProcessors());
        boolean readable = true;
        for (int from = 0; from < files.size(); from += batch) {
            List<ParsedFile> results;
            try {
                results = parser.parseAll(files.subList(from, Math.min(files.size(), from + batch)), progress);
            } finally {
                progress.clear();
            }
            for (ParsedFile r : results) {
                if (r.digest().isPresent()) {
                    each.accept(r.path(), r.digest().get());
                } else {
                    unreadable(r.path().toString(), r.error().orElseThrow());
                    readable = false;
                }
            }
        }
        return readable;
    }

    /** Adds the files named by the arguments, a directory standing for its *.md files by name. */
    private int expand(List<String> args, List<Path> files) {
        int status = OK;
        for (String a : args) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".md") && Files.isRegularFile(f))
                            .sorted((x, y) -> x.getFileName().toString().compareTo(y.getFileName().toString()))
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    status = unreadable(a, e);
                }
            } else {
                files.add(p);
            }
        }
        return status;
    }

    private static void printProblems(PrintStream stream, String file, Digest digest) {
        for (Problem p : digest.problems()) {
            stream.println(file + ":" + p);
        }
    }

    private int unreadable(String file, Exception e) {
        err.println("digest: cannot read " + file + ": " + message(e));
        return USAGE;
    }

    private static String message(Exception e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        String kind = t.getClass().getSimpleName();
        return t.getMessage() == null ? kind : kind + ": " + t.getMessage();
    }

    private int usageError(String message) {
        err.println("digest: " + message);
        err.println("Try 'digest --help'.");
        return USAGE;
    }

    private static boolean hasOption(List<String> args) {
        return firstOption(args) != null;
    }

    private static String firstOption(List<String> args) {
        for (String a : args) {
            if (a.startsWith("-") && !a.equals("-")) {
                return a;
            }
        }
        return null;
    }
}
