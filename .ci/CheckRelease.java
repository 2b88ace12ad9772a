import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Checks the release: the deployed files (a Maven repository layout, as in the Central bundle) hold exactly the library
 * artifacts, each with its POM metadata (name, description, url, licenses, developers, scm,
 * inherited from the parent POM in the bundle where not its own; url and scm without the module
 * name appended), jar, sources and javadoc jars, and LICENSE and NOTICE in the jars; the BOM lists
 * the library modules and has no parent; the CLI jar is Multi-Release and names every component it
 * bundles in META-INF/THIRD-PARTY-NOTICES.txt.
 *
 * <p>Each library jar is a named module (module-info.class, and module-info.java in its sources jar),
 * except those for the class path only (digest-spark: Spark's jars cannot be modules), whose manifest
 * must give their Automatic-Module-Name.
 *
 * <p>digest-render holds flexmark-java relocated (its jars have no module names): no library jar
 * holds {@code com/vladsch/}, no published POM names it, digest-render's jar holds the relocated
 * packages and flexmark-java's license, and the CLI jar's notices name it.
 *
 * <p>What is published is read from the project, not listed here: the parent POM, and each module
 * of its {@code <modules>} (profiles' included) whose POM does not set {@code maven.deploy.skip};
 * those of packaging {@code pom} are POMs, the others libraries. The modules that do set it must be
 * the central profile's {@code excludeArtifacts} (the upload to the Central Portal), and the bundle
 * must hold exactly the published ones (digest-release-check's dependencies are what it copies).
 *
 * <p>Usage: {@code java .ci/CheckRelease.java [--without-checksums] project folder digest.jar}: the
 * project's root folder, the folder a deploy wrote (.ci/release-dry-run), or, with
 * {@code --without-checksums}, the one digest-release-check fills from the build's own files in every
 * {@code verify}. Prints each failure and a closing "check-release: N passed, N failed" line; exits 1
 * on any failure.
 */
public class CheckRelease {

    /** Libraries for the class path only (Spark's jars cannot be modules), with their Automatic-Module-Name. */
    static final Map<String, String> CLASS_PATH_ONLY = Map.of("digest-spark", "dev.arxivdigest.spark");
    static final List<String> REQUIRED = List.of("name", "description", "url", "licenses/license/name",
            "developers/developer/name", "scm/url", "scm/connection");
    /** Package roots a CLI jar may bundle, and the name THIRD-PARTY-NOTICES.txt must give each. */
    static final Map<String, String> BUNDLED = Map.of("dev/arxivdigest/render/internal/flexmark/", "flexmark-java", "org/jsoup/", "jsoup",
            "org/slf4j/", "SLF4J", "com/fasterxml/jackson/", "Jackson", "picocli/", "picocli",
            "org/apache/lucene/", "Apache Lucene", "org/tartarus/snowball/", "Snowball",
            "com/rometools/", "ROME", "org/jdom2/", "JDOM 2");

    /** Where digest-render's jar holds flexmark-java (shaded: its jars have no module names). */
    static final String RELOCATED_FLEXMARK = "dev/arxivdigest/render/internal/flexmark/";

    /** The published artifacts with a jar, and those that are POMs only (the parent, the BOM): read from the project. */
    final Set<String> libraries = new TreeSet<>();
    final Set<String> pomArtifacts = new TreeSet<>();
    /** The modules not published (maven.deploy.skip). */
    final Set<String> unpublished = new TreeSet<>();

    int passed;
    final List<String> failures = new ArrayList<>();

    /** False for the files of a build (digest-release-check, in every verify): checksums come with the deploy. */
    boolean checksums = true;

    public static void main(String[] args) throws Exception {
        CheckRelease c = new CheckRelease();
        List<String> rest = new ArrayList<>(List.of(args));
        c.checksums = !rest.remove("--without-checksums");
        if (rest.size() != 3) {
            System.out.println("usage: java CheckRelease.java [--without-checksums] project-folder bundle-folder digest.jar");
            System.exit(2);
        }
        c.project(Path.of(rest.get(0)));
        c.bundle(Path.of(rest.get(1)));
        c.cli(Path.of(rest.get(2)));
        System.out.println("check-release: " + c.passed + " passed, " + c.failures.size() + " failed");
        System.exit(c.failures.isEmpty() ? 0 : 1);
    }

    void check(boolean ok, String what) {
        if (ok) {
            passed++;
        } else {
            failures.add(what);
            System.out.println("FAILED: " + what);
        }
    }

    /** Reads what is published from the project's POMs, and checks the Central upload leaves out the rest. */
    void project(Path root) throws Exception {
        Document parent = parse(java.nio.file.Files.readAllBytes(root.resolve("pom.xml")));
        pomArtifacts.add(text(parent, "artifactId"));
        NodeList modules = parent.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String module = modules.item(i).getTextContent().strip();
            Document pom = parse(java.nio.file.Files.readAllBytes(root.resolve(module).resolve("pom.xml")));
            String artifact = text(pom, "artifactId");
            if (text(pom, "properties/maven.deploy.skip").equals("true")) {
                unpublished.add(artifact);
            } else if (text(pom, "packaging").equals("pom")) {
                pomArtifacts.add(artifact);
            } else {
                libraries.add(artifact);
            }
        }
        Set<String> excluded = new TreeSet<>();
        NodeList excludes = parent.getElementsByTagName("excludeArtifact");
        for (int i = 0; i < excludes.getLength(); i++) {
            excluded.add(excludes.item(i).getTextContent().strip());
        }
        check(excluded.equals(unpublished), "the parent POM's central-publishing excludeArtifacts " + excluded
                + " are the modules with maven.deploy.skip " + unpublished);
    }

    void bundle(Path dir) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (var walk = java.nio.file.Files.walk(dir)) {
            for (Path p : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
                String name = dir.relativize(p).toString().replace('\\', '/');
                if (!name.contains("maven-metadata")) {
                    files.put(name, java.nio.file.Files.readAllBytes(p));
                }
            }
        }
        Map<String, Document> poms = new LinkedHashMap<>();
        Map<String, String> prefix = new LinkedHashMap<>();
        for (String name : files.keySet()) {
            if (name.endsWith(".pom")) {
                String[] parts = name.split("/");
                String artifact = parts[parts.length - 3];
                poms.put(artifact, parse(files.get(name)));
                prefix.put(artifact, name.substring(0, name.length() - ".pom".length()));
            }
        }
        Set<String> expected = new TreeSet<>(libraries);
        expected.addAll(pomArtifacts);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(poms.keySet());
        Set<String> extra = new TreeSet<>(poms.keySet());
        extra.removeAll(expected);
        check(missing.isEmpty() && extra.isEmpty(), "bundle holds exactly the published artifacts " + expected
                + " (the parent POM and its modules without maven.deploy.skip): missing " + missing + ", not published " + extra
                + "; digest-release-check's dependencies must be the published artifacts");
        Document parent = poms.get("arxiv-digest-parent");
        String rootUrl = parent == null ? "" : text(parent, "url");
        for (Map.Entry<String, Document> e : poms.entrySet()) {
            String a = e.getKey();
            Document pom = e.getValue();
            boolean inherits = !text(pom, "parent/artifactId").isEmpty();
            for (String path : REQUIRED) {
                String v = text(pom, path);
                if (v.isEmpty() && inherits && parent != null) {
                    v = text(parent, path);
                }
                check(!v.isBlank(), a + " has " + path);
            }
            check(!text(pom, "url").contains(a) || a.equals("arxiv-digest-parent"), a + " url without its name appended");
            String base = prefix.get(a);
            if (libraries.contains(a)) {
                for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
                    check(files.containsKey(base + suffix), a + " has " + base + suffix);
                }
                for (String suffix : List.of(".jar", "-sources.jar")) {
                    byte[] jar = files.get(base + suffix);
                    Set<String> names = jar == null ? Set.of() : entries(jar);
                    check(names.contains("META-INF/LICENSE"), a + suffix + " holds META-INF/LICENSE");
                    check(names.contains("META-INF/NOTICE"), a + suffix + " holds META-INF/NOTICE");
                }
                byte[] jar = files.get(base + ".jar");
                if (CLASS_PATH_ONLY.containsKey(a)) {
                    check(jar != null && CLASS_PATH_ONLY.get(a).equals(automaticModuleName(jar)),
                            a + ".jar has Automatic-Module-Name " + CLASS_PATH_ONLY.get(a));
                } else {
                    check(jar != null && entries(jar).contains("module-info.class"), a + ".jar is a named module");
                    byte[] sources = files.get(base + "-sources.jar");
                    check(sources != null && entries(sources).contains("module-info.java"), a + "-sources.jar holds module-info.java");
                }
                Set<String> names = jar == null ? Set.of() : entries(jar);
                check(names.stream().noneMatch(n -> n.startsWith("com/vladsch/")), a + ".jar holds no unrelocated flexmark-java");
                NodeList deps = pom.getElementsByTagName("dependency");
                boolean flexmark = false;
                for (int i = 0; i < deps.getLength(); i++) {
                    flexmark |= child((Element) deps.item(i), "groupId").startsWith("com.vladsch");
                }
                check(!flexmark, a + " POM depends on no flexmark-java");
                if (a.equals("digest-render")) {
                    check(names.stream().anyMatch(n -> n.startsWith(RELOCATED_FLEXMARK + "parser/")), a + ".jar holds flexmark-java relocated");
                    check(names.contains("META-INF/flexmark-java/LICENSE.txt"), a + ".jar holds flexmark-java's license");
                }
            }
            for (String f : checksums ? files.keySet() : Set.<String>of()) {
                if (f.startsWith(base) && !f.endsWith(".md5") && !f.endsWith(".sha1") && !f.endsWith(".sha256")
                        && !f.endsWith(".sha512") && !f.endsWith(".asc")) {
                    check(files.containsKey(f + ".sha1") && files.containsKey(f + ".md5"), f + " has checksums");
                }
            }
        }
        Document bom = poms.get("digest-bom");
        if (bom != null) {
            check(text(bom, "parent/artifactId").isEmpty(), "digest-bom has no parent (imports nothing else)");
            Set<String> managed = new TreeSet<>();
            NodeList deps = bom.getElementsByTagName("dependency");
            for (int i = 0; i < deps.getLength(); i++) {
                managed.add(child((Element) deps.item(i), "artifactId"));
            }
            check(managed.equals(libraries), "digest-bom manages " + libraries + ": " + managed);
        }
        check(!rootUrl.isEmpty(), "the parent has a url");
    }

    void cli(Path jar) throws IOException {
        try (JarInputStream in = new JarInputStream(java.nio.file.Files.newInputStream(jar))) {
            Manifest m = in.getManifest();
            check(m != null && "true".equals(m.getMainAttributes().getValue("Multi-Release")),
                    "CLI jar manifest has Multi-Release: true");
        }
        String notices = "";
        Set<String> names = new TreeSet<>();
        try (ZipFile z = new ZipFile(jar.toFile())) {
            for (ZipEntry e : z.stream().toList()) {
                names.add(e.getName());
                if (e.getName().equals("META-INF/THIRD-PARTY-NOTICES.txt")) {
                    notices = new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        for (String f : List.of("META-INF/LICENSE", "META-INF/NOTICE", "META-INF/THIRD-PARTY-NOTICES.txt")) {
            check(names.contains(f), "CLI jar holds " + f);
        }
        check(names.stream().anyMatch(n -> n.startsWith("META-INF/versions/")), "CLI jar holds versioned classes");
        Set<String> roots = new TreeSet<>();
        for (String n : names) {
            String plain = n.startsWith("META-INF/versions/") ? n.replaceFirst("META-INF/versions/\\d+/", "") : n;
            boolean ours = plain.startsWith("dev/arxivdigest/") && !plain.startsWith(RELOCATED_FLEXMARK);
            if (plain.endsWith(".class") && !ours && !plain.equals("module-info.class")) {
                String root = BUNDLED.keySet().stream().filter(plain::startsWith).findFirst()
                        .orElse(plain.contains("/") ? plain.substring(0, plain.lastIndexOf('/') + 1) : plain);
                roots.add(root);
            }
        }
        for (String root : roots) {
            String name = BUNDLED.get(root);
            check(name != null, "CLI jar bundles " + root + ", which THIRD-PARTY-NOTICES.txt must name (add it to CheckRelease.BUNDLED)");
            if (name != null) {
                check(notices.contains(name), "THIRD-PARTY-NOTICES.txt names " + name + " (bundled: " + root + ")");
            }
        }
        check(notices.contains("BSD 2-Clause") && notices.contains("MIT License"), "BSD and MIT texts present");
    }

    static String automaticModuleName(byte[] jar) throws IOException {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            Manifest m = in.getManifest();
            return m == null ? "" : String.valueOf(m.getMainAttributes().getValue("Automatic-Module-Name"));
        }
    }

    static Set<String> entries(byte[] jar) throws IOException {
        Set<String> names = new TreeSet<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The text at a slash path below the project element, or "". */
    static String text(Document d, String path) {
        Element e = d.getDocumentElement();
        for (String step : path.split("/")) {
            Element next = null;
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element c && c.getTagName().equals(step)) {
                    next = c;
                    break;
                }
            }
            if (next == null) {
                return "";
            }
            e = next;
        }
        return e.getTextContent().strip();
    }

    static String child(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? "" : l.item(0).getTextContent().strip();
    }
}
