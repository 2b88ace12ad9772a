/**
 * The {@code digest} command-line tool: {@link dev.arxivdigest.examples.cli.DigestCli} with its
 * {@code stats}, {@code validate} and {@code export} commands.
 *
 * <p>Plain Java with no command-line library; every command is reachable from tests through
 * {@link dev.arxivdigest.examples.cli.DigestCli#run(String[], java.io.PrintStream, java.io.PrintStream)}.
 */
package dev.arxivdigest.examples.cli;
