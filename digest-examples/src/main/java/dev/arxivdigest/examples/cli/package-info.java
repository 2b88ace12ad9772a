/**
 * The {@code digest} command-line tool: {@link dev.arxivdigest.examples.cli.DigestCli} with its
 * {@code stats}, {@code validate}, {@code export} and {@code generate-completion} commands, on
 * picocli.
 *
 * <p>Every command is reachable from tests through
 * {@link dev.arxivdigest.examples.cli.DigestCli#run(String[], java.io.PrintStream, java.io.PrintStream)}.
 * A command is a picocli {@code @Command} class listed in the top-level command's
 * {@code subcommands}; one whose constructor takes a {@code CliContext} shares the run's output,
 * parser and input handling.
 */
package dev.arxivdigest.examples.cli;
