package dev.arxivdigest.examples.cli;

import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.core.ParsedFile;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * What every command of one run shares: standard output (a writer that throws on failure),
 * standard error, the progress display choice and the parser; and the steps they have in common:
 * naming the files of the arguments, parsing them in input order, printing problems.
 *
 * <p>A command class gets it through its constructor (see {@link DigestCli}'s factory).
 */
final class CliContext {

    /** Files parsed per core in one {@link DigestParser#parseAll} batch. */
    private static final int BATCH_PER_CORE = 4;

    private final Writer out;
    private final PrintStream err;
    private final boolean terminal;
    private final DigestParser parser = DigestParser.builder().build();

    CliContext(Writer out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    DigestParser parser() {
        return parser;
    }

    /** {@return standard output; a failed write throws} */
    Writer out() {
        return out;
    }

    /**
     * Writes to standard output.
     *
     * @throws StdoutFailure if the write fails
     */
    void print(CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new StdoutFailure(e);
        }
    }

    /**
     * Flushes standard output, so that a reader sees a file's results as soon as they are ready
     * and a failure is noticed before the next file is parsed.
     *
     * @throws StdoutFailure if the write fails
     */
    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new StdoutFailure(e);
        }
    }

    /** Prints {@code digest: MESSAGE} on standard error; {@code message} must already be terminal-safe. */
    void error(String message) {
        err.println("digest: " + message);
        err.flush();
    }

    /** Prints a digest's problems on standard error, as {@code FILE:LINE:COL: severity: code: message}. */
    void problemsToStderr(String file, Digest digest) {
        for (Problem p : digest.problems()) {
            err.println(problemLine(file, p));
        }
        err.flush();
    }

    /** {@return a problem as the compilers write them, terminal-safe} */
    static String problemLine(String file, Problem p) {
        return TerminalText.escape(file + ":" + p);
    }

    /** {@return an exception's message for people, terminal-safe} */
    static String message(Exception e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        String kind = t.getClass().getSimpleName();
        return TerminalText.escape(t.getMessage() == null ? kind : kind + ": " + t.getMessage());
    }

    /** The files named by the arguments, and the status their naming left. */
    record Inputs(List<Path> files, int status) {
    }

    /**
     * Names the files of the arguments: a directory stands for its {@code *.md} files sorted by
     * name; a directory without one is an error (reported here); any other argument is a file, and
     * one that cannot be read is reported when it is parsed.
     */
    Inputs expand(List<Path> args) {
        List<Path> files = new ArrayList<>();
        int status = ExitCode.OK;
        for (Path p : args) {
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            try (Stream<Path> s = Files.list(p)) {
                List<Path> md = s.filter(f -> f.getFileName().toString().endsWith(".md") && Files.isRegularFile(f))
                        .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                        .toList();
                if (md.isEmpty()) {
                    error(TerminalText.escape(p + ": no *.md file in this directory"));
                    status = ExitCode.USAGE_OR_INPUT;
                }
                files.addAll(md);
            } catch (IOException | UncheckedIOException e) {
                error("cannot read " + TerminalText.escape(p.toString()) + ": " + message(e));
                status = ExitCode.USAGE_OR_INPUT;
            }
        }
        return new Inputs(files, status);
    }

    /**
     * Parses files on all cores and hands each digest to {@code each} in input order, on this
     * thread; reports a file that cannot be read and goes on. Files are parsed in batches of
     * {@link #BATCH_PER_CORE} per core, so that memory holds one batch of digests, not all of them,
     * and so that a failure of {@code each} (standard output closed) stops the work after the
     * batch at hand.
     *
     * @return {@link ExitCode#OK}, or {@link ExitCode#USAGE_OR_INPUT} if a file could not be read
     */
    int parseEach(List<Path> files, BiConsumer<Path, Digest> each) {
        Progress progress = new Progress(err, terminal, files.size());
        int batch = Math.max(16, BATCH_PER_CORE * Runtime.getRuntime().availableProcessors());
        int status = ExitCode.OK;
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
                    error("cannot read " + TerminalText.escape(r.path().toString()) + ": "
                            + message(r.error().orElseThrow()));
                    status = ExitCode.USAGE_OR_INPUT;
                }
            }
        }
        return status;
    }
}
