package dev.arxivdigest.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code digest validate}: every problem of every file, on stdout; exit 1 if one is an error. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = DigestCli.Version.class,
        description = {"Prints every problem of each digest on stdout; exits with 1 if any is an error.",
            "text: FILE:LINE:COL: severity: code: message (terminal control characters escaped).",
            "json: one JSON object per problem and line: file, line, column, severity, code, message."})
final class ValidateCommand implements Callable<Integer> {

    /** How problems are printed. */
    enum Style {
        /** Compiler style, one line per problem. */
        TEXT,
        /** JSON Lines. */
        JSON
    }

    /** The style names for shell completion, in lower case. */
    static final class StyleNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("text", "json").iterator();
        }
    }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", completionCandidates = StyleNames.class,
            description = "text (the default) or json.")
    Style format;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
            description = "Digests; a directory stands for its *.md files, sorted by name.")
    List<Path> inputs = new ArrayList<>();

    private final CliContext cli;
    private final ObjectMapper mapper = new ObjectMapper();

    ValidateCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        CliContext.Inputs files = cli.expand(inputs);
        boolean[] errors = {false};
        int read = cli.parseEach(files.files(), (file, digest) -> {
            print(file.toString(), digest);
            errors[0] |= digest.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR);
        });
        return ExitCode.worst(ExitCode.worst(files.status(), read),
                errors[0] ? ExitCode.VALIDATION_ERRORS : ExitCode.OK);
    }

    private void print(String file, Digest digest) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : digest.problems()) {
            sb.append(format == Style.JSON ? json(file, p) : CliContext.problemLine(file, p)).append('\n');
        }
        cli.print(sb);
        cli.flush();
    }

    private String json(String file, Problem p) {
        ObjectNode o = mapper.createObjectNode();
        o.put("file", file);
        o.put("line", p.line());
        o.put("column", p.column());
        o.put("severity", p.severity().name().toLowerCase(Locale.ROOT));
        o.put("code", p.code());
        o.put("message", p.message());
        return o.toString();
    }
}
