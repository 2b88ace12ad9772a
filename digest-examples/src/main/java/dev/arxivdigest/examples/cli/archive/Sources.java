package dev.arxivdigest.examples.cli.archive;

import dev.arxivdigest.archive.DigestArchive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names the sources of the command line: {@code NAME=PATH}, or a path whose directory name is the
 * source's name.
 */
final class Sources {

    private Sources() {
    }

    /**
     * The archive of the arguments, or the errors that stop it.
     *
     * @param archive the archive, if every argument names a readable root
     * @param errors what is wrong, one line each
     */
    record Parsed(java.util.Optional<DigestArchive> archive, List<String> errors) {
    }

    static Parsed parse(List<String> args) {
        Map<String, Path> sources = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            Path root;
            String name;
            if (eq > 0 && !Files.exists(Path.of(arg))) {
                name = arg.substring(0, eq);
                root = Path.of(arg.substring(eq + 1));
            } else {
                root = Path.of(arg);
                Path abs = root.toAbsolutePath().normalize();
                name = abs.getFileName() == null ? abs.toString() : abs.getFileName().toString();
            }
            if (!Files.exists(root)) {
                errors.add(root + ": no such file or directory");
            } else if (!Files.isReadable(root)) {
                errors.add(root + ": cannot be read");
            } else if (sources.putIfAbsent(name, root) != null) {
                errors.add(arg + ": a second source named \"" + name + "\"; name them: NAME=PATH");
            }
        }
        if (!errors.isEmpty() || sources.isEmpty()) {
            return new Parsed(java.util.Optional.empty(), errors);
        }
        DigestArchive.Builder b = DigestArchive.builder();
        sources.forEach(b::addSource);
        return new Parsed(java.util.Optional.of(b.build()), errors);
    }
}
