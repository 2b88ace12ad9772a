package dev.arxivdigest.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code digest} command-line tool, on picocli.
 *
 * <pre>
 * digest stats [FILE|DIR...]
 * digest validate [--format text|json] FILE|DIR...
 * digest export --format jsonl|markdown|atom|rss|bibtex|html [--output-dir DIR] [--force] [FILTERS] FILE|DIR...
 * digest archive stats ROOT...
 * digest archive export --format jsonl|atom|rss [--from DATE] [--to DATE] [--unique] [--since WATERMARK] ROOT...
 * digest generate-completion
 * </pre>
 *
 * <p>Every command takes {@code --help} and {@code --version}; {@code --} ends the options. Exit
 * statuses: 0 success, 1 validation errors, 2 bad usage or an input that names no digest or
 * cannot be read, 3 an output that could not be written, 141 standard output closed by its
 * reader (quietly), 70 a bug.
 *
 * <p>A new command is a class annotated with {@link Command} that implements
 * {@code Callable<Integer>}, listed in the {@code subcommands} of the top-level command class
 * ({@code DigestCli.Root}); if it has a constructor taking a {@code CliContext}, it is given the
 * run's (standard output that throws on failure, standard error, the parser, input expansion).
 */
public final class DigestCli {

    /** Class path resource holding the sample digest {@code stats} reads when given no file. */
    public static final String SAMPLE_RESOURCE = "/dev/arxivdigest/examples/sample.md";

    private static final String VERSION_RESOURCE = "/dev/arxivdigest/examples/cli/version.properties";

    private DigestCli() {
    }

    /**
     * Runs the tool and exits with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Straight to the file descriptor, so that write errors (a full disk, a closed pipe) throw.
        Writer out = new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err, System.console() != null);
        err.flush();
        System.exit(status);
    }

    /**
     * Runs the tool without exiting.
     *
     * @param args the command line
     * @param out standard output; its errors are noticed through {@link PrintStream#checkError()}
     * @param err standard error
     * @return the exit status: 0 success, 1 validation errors, 2 bad usage or unreadable input,
     *     3 write failure, 70 internal error
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
        return run(args, new PrintStreamWriter(out), err, terminal);
    }

    private static int run(String[] args, Writer out, PrintStream err, boolean terminal) {
        CliContext context = new CliContext(out, err, terminal);
        PrintWriter helpOut = new PrintWriter(out);
        CommandLine cli = new CommandLine(new Root(), new ContextFactory(context))
                .setOut(helpOut)
                .setErr(new PrintWriter(err, true))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(DigestCli::usageError)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(context, e));
        int status = cli.execute(args);
        helpOut.flush();
        if (helpOut.checkError()) { // help, version or a completion script that could not be written
            context.error("cannot write to standard output");
            status = ExitCode.worst(status, ExitCode.WRITE_FAILED);
        }
        try {
            out.flush();
        } catch (IOException e) {
            status = ExitCode.worst(status, failed(context, new StdoutFailure(e)));
        }
        return status;
    }

    /** Prints a usage error, suggestions for a mistyped name, and where help is; exit status 2. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(TerminalText.escape(e.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Usage: " + command.getHelp().synopsis(0).strip());
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE_OR_INPUT;
    }

    private static int failed(CliContext context, Exception e) {
        if (e instanceof StdoutFailure f) {
            if (f.readerClosed()) {
                return ExitCode.OUTPUT_CLOSED;
            }
            context.error("cannot write to standard output: " + CliContext.message((Exception) f.getCause()));
            return ExitCode.WRITE_FAILED;
        }
        context.error("internal error: " + CliContext.message(e));
        return ExitCode.INTERNAL_ERROR;
    }

    /** The top-level command: only subcommands do something. */
    @Command(name = "digest", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Reads the daily arXiv digests of daily-arXiv-ai-enhanced and its forks.",
            subcommands = {StatsCommand.class, ValidateCommand.class, ExportCommand.class,
                dev.arxivdigest.examples.cli.archive.ArchiveCommand.class, AutoComplete.GenerateCompletion.class},
            footerHeading = "%nExit status:%n",
            footer = {"  0  success", "  1  validate found an error", "  2  bad usage, or an input that names no"
                    + " digest or cannot be read", "  3  an output could not be written",
                "  141  standard output closed by its reader (digest ... | head)"})
    static final class Root implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: one of "
                    + String.join(", ", spec.subcommands().keySet()));
        }
    }

    /** The version from the build ({@code version.properties}, filtered by Maven). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = DigestCli.class.getResourceAsStream(VERSION_RESOURCE)) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"digest " + p.getProperty("version", "(unknown version)")};
        }
    }

    /** Creates command objects, handing the run's context to those whose constructor takes it. */
    private static final class ContextFactory implements CommandLine.IFactory {
        private final CliContext context;

        ContextFactory(CliContext context) {
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliContext.class) {
                    c.setAccessible(true);
                    return type.cast(c.newInstance(context));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
