package dev.arxivdigest.it;

import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.render.HtmlRenderer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Run by the build as {@code java --module-path ... --module dev.arxivdigest.it/dev.arxivdigest.it.Consumer}
 * with no other flag: checks that the library's jars are real modules, that their internals are
 * not exported, and that parsing (with a service-provided extractor) and rendering work there.
 * Prints one line per failed check and a closing {@code consumer: N passed, N failed} line; exits 1
 * if any check failed.
 */
public final class Consumer {

    private final List<String> failures = new ArrayList<>();
    private int passed;

    private Consumer() {
    }

    /**
     * Runs the checks.
     *
     * @param args ignored
     * @throws IOException if the bundled digest cannot be read
     */
    public static void main(String[] args) throws IOException {
        Consumer c = new Consumer();
        c.run();
        System.out.println("consumer: " + c.passed + " passed, " + c.failures.size() + " failed");
        if (!c.failures.isEmpty()) {
            System.exit(1);
        }
    }

    private void run() throws IOException {
        Module core = DigestParser.class.getModule();
        Module render = HtmlRenderer.class.getModule();
        Module model = Digest.class.getModule();
        check("core is a named module", "dev.arxivdigest.core".equals(core.getName()));
        check("render is a named module", "dev.arxivdigest.render".equals(render.getName()));
        check("model is a named module", "dev.arxivdigest.model".equals(model.getName()));
        for (Module m : List.of(core, render, model)) {
            check(m.getName() + " has a real descriptor",
                    m.getDescriptor() != null && !m.getDescriptor().isAutomatic());
        }
        check("core exports its API", core.isExported("dev.arxivdigest.core"));
        check("core hides its internals", !core.isExported("dev.arxivdigest.core.internal"));
        check("render hides its internals", !render.isExported("dev.arxivdigest.render.internal"));
        check("render holds flexmark-java, relocated and not exported",
                render.getPackages().contains("dev.arxivdigest.render.internal.flexmark.parser")
                        && !render.isExported("dev.arxivdigest.render.internal.flexmark.parser"));
        check("no flexmark-java module on the module path (render needs none)",
                ModuleLayer.boot().modules().stream().noneMatch(m -> m.getName().startsWith("flexmark")));

        byte[] bytes;
        try (InputStream in = Consumer.class.getResourceAsStream("consumer.md")) {
            check("the digest is bundled", in != null);
            if (in == null) {
                return;
            }
            bytes = in.readAllBytes();
        }
        DigestParser parser = DigestParser.builder().discoverExtractors(Consumer.class.getClassLoader()).build();
        Digest digest = parser.parse(bytes);
        check("two papers parsed", digest.papers().size() == 2);
        check("no error", digest.problems().stream().noneMatch(p -> p.severity().name().equals("ERROR")));
        Paper first = digest.paper("2512.21349").orElse(null);
        check("lookup by id", first != null);
        if (first == null) {
            return;
        }
        check("the service-provided extractor ran",
                first.get(FundingExtractor.FUNDING).orElse("").equals("Example Agency, grant 42"));

        HtmlRenderer html = HtmlRenderer.defaults();
        String tldr = html.render(first.tldr().orElse("")).html();
        check("markdown rendered: " + tldr, tldr.contains("<em>mesh-free</em>"));
        check("script removed: " + tldr, !tldr.contains("<script"));
        check("no remote image by default: " + tldr, !tldr.contains("<img"));
        String page = html.render(first).html();
        check("a whole paper renders: " + page, page.startsWith("<article><h3><a href=\"https://arxiv.org/abs/2512.21349\""));
        check("plain text", html.toPlainText("A *b* c").equals("A b c"));
        // flexmark-java reads its entity table as a resource of its own package: relocated with it.
        String entity = html.render("caf&eacute; &amp; &lt;b&gt;").html();
        check("entities decoded by the relocated flexmark-java: " + entity, entity.strip().equals("<p>café &amp; &lt;b&gt;</p>"));
    }

    private void check(String what, boolean ok) {
        if (ok) {
            passed++;
        } else {
            failures.add(what);
            System.out.println("FAILED: " + what);
        }
    }
}
