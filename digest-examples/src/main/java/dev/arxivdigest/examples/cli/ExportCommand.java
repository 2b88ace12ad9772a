package dev.arxivdigest.examples.cli;

import dev.arxivdigest.model.Digest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code digest export}: the papers of each digest in another format, filtered; to stdout for one
 * file, or one file per input in {@code --output-dir}.
 *
 * <p>Nothing is lost: two inputs that would be written to the same output file, an output that
 * exists already (without {@code --force}) and an output that is one of the inputs are refused
 * before anything is written; each output file is written whole to a temporary file and renamed
 * into place.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = DigestCli.Version.class,
        description = {"Writes the papers of each digest in another format; problems go to stderr.",
            "To stdout for one FILE; with --output-dir, DIR/NAME.EXT per FILE (NAME.md -> NAME.jsonl, ...).",
            "Inputs with the same file name, and existing outputs (unless --force), are refused before"
                + " anything is written."})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, paramLabel = "FORMAT", completionCandidates = ExportFormat.Names.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    ExportFormat format;

    @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR",
            description = "Write DIR/NAME.EXT for each input instead of stdout; created if missing.")
    Path outputDir;

    @Option(names = "--force", description = "Replace output files that exist already.")
    boolean force;

    @Mixin
    FilterOptions filters = new FilterOptions();

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
            description = "Digests; a directory stands for its *.md files, sorted by name.")
    List<Path> inputs = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private final CliContext cli;

    ExportCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        CliContext.Inputs files = cli.expand(inputs);
        PaperFilter filter = filters.filter();
        if (outputDir == null) {
            if (files.files().size() > 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "export of several files needs"
                        + " --output-dir (the arguments name " + files.files().size() + " files)");
            }
            int read = cli.parseEach(files.files(), (file, digest) -> {
                Digest selected = selected(file, digest, filter);
                try {
                    format.write(selected, cli.out());
                } catch (IOException e) {
                    throw new StdoutFailure(e);
                }
                cli.flush();
                cli.problemsToStderr(file.toString(), digest);
            });
            return ExitCode.worst(files.status(), read);
        }
        Map<Path, Path> targets = new LinkedHashMap<>();
        int planned = plan(files.files(), targets);
        if (planned != ExitCode.OK) {
            return planned;
        }
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            cli.error("cannot create " + TerminalText.escape(outputDir.toString()) + ": " + CliContext.message(e));
            return ExitCode.WRITE_FAILED;
        }
        int[] written = {ExitCode.OK};
        int read = cli.parseEach(files.files(), (file, digest) -> {
            Digest selected = selected(file, digest, filter);
            Path target = targets.get(file);
            try {
                AtomicFile.write(target, force, w -> format.write(selected, w));
            } catch (IOException e) {
                cli.error("cannot write " + TerminalText.escape(target.toString()) + ": " + CliContext.message(e));
                written[0] = ExitCode.WRITE_FAILED;
            }
            cli.problemsToStderr(file.toString(), digest);
        });
        return ExitCode.worst(ExitCode.worst(files.status(), read), written[0]);
    }

    /**
     * Names the output of each input and refuses, with a message for each, two inputs with one
     * output, an output that is an input, and an existing output unless {@code --force}.
     *
     * @return {@link ExitCode#OK}, or {@link ExitCode#USAGE_OR_INPUT} if anything was refused
     */
    private int plan(List<Path> files, Map<Path, Path> targets) {
        Map<Path, Path> byTarget = new LinkedHashMap<>();
        List<Path> inputsAbsolute = files.stream().map(ExportCommand::canonical).toList();
        int status = ExitCode.OK;
        for (Path file : files) {
            String base = String.valueOf(file.getFileName());
            if (base.endsWith(".md")) {
                base = base.substring(0, base.length() - ".md".length());
            }
            Path target = outputDir.resolve(base + format.extension());
            Path key = canonical(target);
            Path other = byTarget.putIfAbsent(key, file);
            if (other != null) {
                cli.error(TerminalText.escape(other + " and " + file + " would both be written to " + target)
                        + "; nothing written (export them to different output directories)");
                status = ExitCode.USAGE_OR_INPUT;
            } else if (inputsAbsolute.contains(key)) {
                cli.error(TerminalText.escape(target + " is an input") + "; nothing written (choose another"
                        + " --output-dir)");
                status = ExitCode.USAGE_OR_INPUT;
            } else if (!force && Files.exists(target)) {
                cli.error(TerminalText.escape(target + " exists") + "; nothing written (--force replaces it)");
                status = ExitCode.USAGE_OR_INPUT;
            }
            targets.put(file, target);
        }
        return status;
    }

    private Digest selected(Path file, Digest digest, PaperFilter filter) {
        Digest selected = filter.apply(digest);
        if (!filter.keepsAll() && selected.papers().isEmpty() && !digest.papers().isEmpty()) {
            cli.error(TerminalText.escape(file.toString()) + ": none of its " + digest.papers().size()
                    + " papers matches the filters");
        }
        return selected;
    }

    private static Path canonical(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
