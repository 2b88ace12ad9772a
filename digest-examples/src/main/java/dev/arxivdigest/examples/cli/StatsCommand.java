package dev.arxivdigest.examples.cli;

import dev.arxivdigest.model.Category;
import dev.arxivdigest.model.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code digest stats}: papers per category and the number of problems, per file. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = DigestCli.Version.class,
        description = {"Prints the papers per category and the number of problems of each digest;"
                + " problems go to stderr.", "With no FILE, the bundled sample digest."})
final class StatsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*",
            description = "Digests; a directory stands for its *.md files, sorted by name.")
    List<Path> inputs = new ArrayList<>();

    private final CliContext cli;

    StatsCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
        if (inputs.isEmpty()) {
            try (InputStream in = DigestCli.class.getResourceAsStream(DigestCli.SAMPLE_RESOURCE)) {
                if (in == null) {
                    cli.error("bundled sample not found: " + DigestCli.SAMPLE_RESOURCE);
                    return ExitCode.INTERNAL_ERROR;
                }
                print("sample.md (bundled)", "sample.md", cli.parser().parse(in));
            }
            return ExitCode.OK;
        }
        CliContext.Inputs files = cli.expand(inputs);
        int read = cli.parseEach(files.files(), (file, digest) -> print(file.toString(), file.toString(), digest));
        return ExitCode.worst(files.status(), read);
    }

    private void print(String header, String fileName, Digest digest) {
        StringBuilder sb = new StringBuilder(256).append(TerminalText.escape(header)).append('\n');
        for (Category c : digest.categories()) {
            String name = c.isUnnamed() ? "(no category)" : TerminalText.escape(c.name());
            sb.append("  ").append(name).append("  ").append(c.papers().size()).append(" papers\n");
        }
        sb.append("  total: ").append(digest.papers().size()).append(" papers, ")
                .append(digest.problems().size()).append(" problems\n");
        cli.print(sb);
        cli.flush();
        cli.problemsToStderr(fileName, digest);
    }
}
