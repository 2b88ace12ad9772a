package dev.arxivdigest.core;

import dev.arxivdigest.testsupport.SharedCorpus;

import dev.arxivdigest.model.Digest;
import dev.arxivdigest.model.Paper;
import dev.arxivdigest.model.Problem;
import dev.arxivdigest.model.Section;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Damages real digests (every upstream and fork file of the shared corpus) the way a hand edit or
 * a broken generator run would, one damage at a time inside one paper, and checks that every other
 * paper comes back exactly as before and that each detectable damage is reported near its line.
 * Seeded, so a failure names a reproducible file, seed and damage.
 */
class RealDigestDamageTest {

    private static final DigestParser PARSER = DigestParser.builder().build();
    private static final int DAMAGES_PER_FILE = 40;

    /** Damages that must be reported at a line of the damaged paper (or just after it). */
    private static final List<String> REPORTED = List.of(
            "delete-field-line", "break-link", "drop-details-close", "nul", "invalid-utf8", "truncate-file",
            "duplicate-paper", "swap-sections", "empty-field", "delete-header");

    /** The codes each damage kind may be reported with: its own, not any problem near the line. */
    private static final Map<String, Set<String>> EXPECTED_CODES = Map.ofEntries(
            Map.entry("delete-field-line", Set.of("paper-missing-section", "paper-missing-tldr",
                    "paper-missing-main-category", "paper-missing-authors")),
            Map.entry("break-link", Set.of("paper-broken-header")),
            Map.entry("drop-details-close", Set.of("details-unclosed")),
            Map.entry("nul", Set.of("nul-character")),
            Map.entry("invalid-utf8", Set.of("invalid-utf8")),
            // cut before its details block, the paper is a shorter paper: what is missing is reported
            Map.entry("truncate-file", Set.of("paper-truncated", "paper-missing-details", "paper-missing-section",
                    "paper-missing-tldr", "paper-missing-main-category", "paper-missing-authors")),
            Map.entry("duplicate-paper", Set.of("paper-duplicate")),
            Map.entry("swap-sections", Set.of("section-out-of-order")),
            Map.entry("empty-field", Set.of("field-empty")),
            // right after a category heading no paper is open: the headerless paper's lines are skipped
            // as text outside any paper (reported at each line)
            Map.entry("delete-header", Set.of("paper-broken-header", "unexpected-text")),
            // junk in place of a label line: the value above continues, or the field goes missing
            Map.entry("garbage-line", Set.of("unexpected-text", "paper-unlabelled-text", "section-continued",
                    "paper-missing-section", "paper-missing-tldr", "paper-missing-main-category")));

    /**
     * A line replaced by junk: reported in the canonical dialect (its values are one line, or lists, or
     * indented); in fork dialects a junk line can read as one more line of a multi-line value.
     */
    private static final String GARBAGE = "garbage-line";

    /** Damages that may go unreported but must not change any other paper. */
    private static final List<String> SILENT_OK = List.of("delete-line", "duplicate-line", GARBAGE,
            "crlf-line", "blank-line");

    @Test
    void damageInOnePaperStaysInThatPaperAndIsReportedNearItsLine() throws IOException {
        Path corpus = SharedCorpus.require();
        List<Path> files = new ArrayList<>(SharedCorpus.markdown(corpus.resolve("upstream")).subList(0, 6));
        try (Stream<Path> forks = Files.list(corpus.resolve("forks"))) {
            for (Path fork : forks.sorted().toList()) {
                files.addAll(SharedCorpus.markdown(fork));
            }
        }
        List<String> failures = new ArrayList<>();
        int checkedPapers = 0;
        int reported = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            Digest clean = PARSER.parse(text);
            List<Paper> papers = clean.papers();
            if (papers.size() < 3) {
                continue;
            }
            Map<String, String> before = byLink(clean);
            String[] lines = text.split("\n", -1);
            List<String> kinds = new ArrayList<>(REPORTED);
            kinds.addAll(SILENT_OK);
            for (int seed = 0; seed < DAMAGES_PER_FILE; seed++) {
                Random r = new Random(seed * 31L + file.getFileName().hashCode());
                int victimIndex = 1 + r.nextInt(papers.size() - 2); // neither first nor last
                Paper victim = papers.get(victimIndex);
                if (clean.papers().stream().filter(p -> p.link().equals(victim.link())).count() > 1) {
                    continue; // the file itself repeats this paper: "other papers" is ambiguous
                }
                String kind = kinds.get(seed % kinds.size());
                if (kind.equals("delete-header") && (papers.get(victimIndex - 1).details().isEmpty()
                        || victim.authors().isEmpty() || victim.details().isEmpty())) {
                    // without a closed details block above, or authors and details to recognise the
                    // headerless paper by, its lines are the previous paper's continuation
                    continue;
                }
                byte[] damaged = damage(kind, lines, victim, r);
                if (damaged == null) {
                    continue; // the victim has nothing this damage applies to
                }
                String where = file.getParent().getFileName() + "/" + file.getFileName() + " seed " + seed
                        + " " + kind + " in paper at line " + victim.span().startLine();
                Digest after;
                try {
                    after = PARSER.parse(damaged);
                } catch (RuntimeException e) {
                    failures.add(where + ": threw " + e);
                    continue;
                }
                Map<String, String> now = byLink(after);
                for (Paper p : papers) {
                    if (p.link().equals(victim.link())) {
                        continue;
                    }
                    if (kind.equals("truncate-file") && p.span().startLine() > victim.span().startLine()) {
                        continue; // cut off with the rest of the file
                    }
                    checkedPapers++;
                    if (!before.get(p.link()).equals(now.get(p.link()))) {
                        failures.add(where + ": changed paper at line " + p.span().startLine() + "\n  before "
                                + before.get(p.link()) + "\n  after  " + now.get(p.link()));
                        break;
                    }
                }
                boolean detectable = !(kind.equals("truncate-file") && victim.details().isEmpty());
                // a paper without a details block cut inside its last line is a shorter paper: nothing to detect
                boolean canonical = file.getParent().getFileName().toString().equals("upstream");
                if ((REPORTED.contains(kind) || kind.equals(GARBAGE) && canonical) && detectable) {
                    int from = victim.span().startLine();
                    int to = victim.span().endLine() + 2;
                    Set<String> codes = EXPECTED_CODES.get(kind);
                    boolean near = after.problems().stream()
                            .anyMatch(p -> p.line() >= from && p.line() <= to && codes.contains(p.code()));
                    if (near) {
                        reported++;
                    } else {
                        failures.add(where + ": not reported as " + codes + " within lines " + from + ".." + to + ": "
                                + after.problems().stream().filter(p -> p.line() >= from && p.line() <= to)
                                        .map(Problem::toString).limit(5).toList());
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures.subList(0,
                Math.min(25, failures.size()))));
        assertTrue(checkedPapers > 10_000, "checked " + checkedPapers);
        assertTrue(reported > 100, "reported " + reported);
    }

    private static Map<String, String> byLink(Digest d) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Paper p : d.papers()) {
            m.putIfAbsent(p.link(), PropertyTest.content(p));
        }
        return m;
    }

    /** {@return the damaged file, or null when the damage does not apply to this paper} */
    private static byte[] damage(String kind, String[] lines, Paper victim, Random r) {
        int start = victim.span().startLine(); // 1-based header line
        int end = Math.min(victim.span().endLine(), lines.length);
        List<String> out = new ArrayList<>(List.of(lines));
        List<Section> fielded = victim.allSections().stream()
                .filter(s -> s.field().isPresent() && s.span().startLine() > start).toList();
        int inner = start + 1 + r.nextInt(Math.max(1, end - start)); // a line after the header
        inner = Math.min(inner, end);
        switch (kind) {
            case "delete-field-line" -> {
                if (fielded.isEmpty()) {
                    return null;
                }
                Section s = fielded.get(r.nextInt(fielded.size()));
                if (s.span().endLine() != s.span().startLine()
                        && !(s.span().endLine() == s.span().startLine() + 1 && s.span().endColumn() == 1)) {
                    return null; // a multi-line value: its other lines would become unlabelled text elsewhere
                }
                out.remove(s.span().startLine() - 1);
            }
            case "empty-field" -> {
                if (fielded.isEmpty()) {
                    return null;
                }
                Section s = fielded.get(r.nextInt(fielded.size()));
                String line = out.get(s.span().startLine() - 1);
                if (s.text().isBlank() || s.text().contains("\n")) {
                    return null;
                }
                int cut = line.indexOf(s.text(), s.span().startColumn() - 1);
                if (cut <= 0) {
                    return null;
                }
                out.set(s.span().startLine() - 1, line.substring(0, cut));
            }
            case "break-link" -> {
                String h = out.get(start - 1);
                int close = h.indexOf("](");
                if (close < 0) {
                    return null;
                }
                out.set(start - 1, h.substring(0, close + 2) + "http://exa mple.org/broken");
            }
            case "drop-details-close" -> {
                int idx = indexOf(out, "</details>", start, end);
                if (idx < 0) {
                    return null;
                }
                out.remove(idx);
            }
            case "swap-sections" -> {
                List<Section> inDetails = victim.details().map(d -> d.sections()).orElse(List.of()).stream()
                        .filter(s -> s.field().isPresent() && s.span().endLine() == s.span().startLine()).toList();
                Section a = null;
                Section b = null;
                for (int i = 0; i + 1 < inDetails.size(); i++) {
                    if (inDetails.get(i + 1).span().startLine() == inDetails.get(i).span().startLine() + 1
                            && inDetails.get(i).field().get() != inDetails.get(i + 1).field().get()) {
                        a = inDetails.get(i);
                        b = inDetails.get(i + 1);
                        break;
                    }
                }
                if (a == null) {
                    return null;
                }
                String la = out.get(a.span().startLine() - 1);
                out.set(a.span().startLine() - 1, out.get(b.span().startLine() - 1));
                out.set(b.span().startLine() - 1, la);
            }
            case "nul" -> out.set(inner - 1, out.get(inner - 1) + "\0");
            case "truncate-file" -> {
                String cutLine = out.get(inner - 1);
                List<String> head = new ArrayList<>(out.subList(0, inner - 1));
                head.add(cutLine.substring(0, cutLine.length() / 2));
                out = head;
            }
            case "duplicate-paper" -> out.addAll(end, new ArrayList<>(out.subList(start - 1, end)));
            case "delete-line" -> out.remove(inner - 1);
            case "delete-header" -> out.remove(start - 1);
            case "duplicate-line" -> out.add(inner - 1, out.get(inner - 1));
            case "garbage-line" -> out.set(inner - 1, "zq#*_[`<" + r.nextInt(1000));
            case "crlf-line" -> out.set(inner - 1, out.get(inner - 1) + "\r");
            case "blank-line" -> out.add(inner - 1, "");
            case "invalid-utf8" -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                for (int i = 0; i < out.size(); i++) {
                    if (i > 0) {
                        bytes.write('\n');
                    }
                    bytes.writeBytes(out.get(i).getBytes(StandardCharsets.UTF_8));
                    if (i == inner - 1) {
                        bytes.write(0xC3); // a lead byte without its continuation
                        bytes.write('x');
                        bytes.write(0xFF);
                    }
                }
                return bytes.toByteArray();
            }
            default -> throw new AssertionError(kind);
        }
        return String.join("\n", out).getBytes(StandardCharsets.UTF_8);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static int indexOf(List<String> lines, String exact, int from1, int to1) {
        for (int i = from1 - 1; i < Math.min(to1 + 1, lines.size()); i++) {
            if (lines.get(i).trim().equals(exact)) {
                return i;
            }
        }
        return -1;
    }
}
