package dev.arxivdigest.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Loads a page in headless Chromium and returns its DOM once scripts, timers and loads had their
 * chance to run ({@code --dump-dom} after {@code --virtual-time-budget}). Chromium is the Debian
 * package's {@code /usr/bin/chromium}, or {@code chromium} on the PATH; {@link #find()} is empty
 * without it, and the tests that need it skip.
 */
final class HeadlessChromium {

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    /** {@return the browser, if this machine has it} */
    static Optional<HeadlessChromium> find() {
        Stream<Path> candidates = Stream.concat(Stream.of(Path.of("/usr/bin/chromium")),
                Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                        .filter(d -> !d.isEmpty()).map(d -> Path.of(d, "chromium")));
        return candidates.filter(Files::isExecutable).findFirst().map(HeadlessChromium::new);
    }

    /** The result of loading a page: the serialized DOM and what Chromium wrote on stderr. */
    record Loaded(String dom, String log) {
    }

    /**
     * Loads a local page.
     *
     * @param page the HTML file
     * @param profile an empty directory for the browser's profile
     */
    Loaded load(Path page, Path profile) throws IOException, InterruptedException {
        Path dom = profile.resolveSibling(profile.getFileName() + ".dom.html");
        Path log = profile.resolveSibling(profile.getFileName() + ".log");
        Process p = new ProcessBuilder(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString()))
                .redirectOutput(dom.toFile())
                .redirectError(log.toFile())
                .start();
        try {
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                throw new IOException("chromium did not finish in 180 s; log: " + Files.readString(log));
            }
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        String out = Files.readString(dom, StandardCharsets.UTF_8);
        if (p.exitValue() != 0 || out.isEmpty()) {
            throw new IOException("chromium exited with " + p.exitValue() + "; log: " + Files.readString(log));
        }
        return new Loaded(out, Files.readString(log, StandardCharsets.UTF_8));
    }
}
