package dev.arxivdigest.examples.cli.archive;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code digest archive}: many days and many forks as one source. Its subcommands are
 * {@code stats} and {@code export}.
 */
@Command(name = "archive", mixinStandardHelpOptions = true,
        description = "Reads archives: many days of many sources (a fork's data folder, or any tree of digests and records).",
        subcommands = {ArchiveStatsCommand.class, ArchiveExportCommand.class})
public final class ArchiveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Creates the command (picocli does). */
    public ArchiveCommand() {
    }

    /** Without a subcommand: a usage error. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
