package dev.arxivdigest.core.internal;

import dev.arxivdigest.core.Extras;
import dev.arxivdigest.core.ProblemReporter;
import dev.arxivdigest.core.SectionExtractor;
import dev.arxivdigest.core.SectionView;
import dev.arxivdigest.model.ProblemCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** The built-in section extractors, written against the public extension API. Stateless. */
public final class BuiltInExtractors {

    private BuiltInExtractors() {
    }

    private static final List<SectionExtractor<?>> ALL = List.of(
            new Extractors.ByLabel<>(Extras.KEYWORDS, (s, p) -> Optional.of(splitList(s)),
                    "Keywords", "Key words", "Keyword", "Tags", "关键词", "关键字", "키워드"),
            new Extractors.ByLabel<>(Extras.RELEVANCE, BuiltInExtractors::number,
                    "Relevance", "Relevance Score", "Importance", "Importance Score", "相关性", "相关度", "相关性评分", "重要性"),
            new Extractors.ByLabel<>(Extras.READ_TIME_MINUTES, BuiltInExtractors::minutes,
                    "Read time", "Reading time", "Read Time (minutes)", "阅读时间", "阅读时长"),
            new Extractors.ByLabel<>(Extras.KEY_CONTRIBUTIONS, (s, p) -> Optional.of(s.items().isEmpty() ? splitLines(s.text()) : s.items()),
                    "Key Contributions", "Contributions", "Main Contributions", "主要贡献", "贡献"),
            new Extractors.ByLabel<>(Extras.COMMENT, (s, p) -> s.text().isBlank() ? Optional.empty() : Optional.of(s.text()),
                    "Comment", "Comments", "备注", "评论"),
            new Extractors.ByLabel<>(Extras.TRANSLATED_TITLE, (s, p) -> s.text().isBlank() ? Optional.empty() : Optional.of(s.text()),
                    PaperBuilder.TRANSLATED_TITLE, "Title translation", "中文标题", "标题翻译", "翻译标题", "Chinese title"),
            new Extractors.ByLabel<>(Extras.RECOMMENDATION, (s, p) -> Optional.of(recommendation(s.text())),
                    "Recommendation", "推荐", "推荐度", "推荐指数"));

    /** {@return the built-in extractors in the order they are tried} */
    public static List<SectionExtractor<?>> all() {
        return ALL;
    }

    static List<String> splitList(SectionView s) {
        if (!s.items().isEmpty()) {
            return s.items();
        }
        List<String> out = new ArrayList<>();
        String t = s.text();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == ',' || t.charAt(i) == '，' || t.charAt(i) == ';'
                    || t.charAt(i) == '；' || t.charAt(i) == '、' || t.charAt(i) == '\n') {
                String k = t.substring(start, i).strip();
                if (!k.isEmpty()) {
                    out.add(k);
                }
                start = i + 1;
            }
        }
        return out;
    }

    static List<String> splitLines(String t) {
        List<String> out = new ArrayList<>();
        for (String line : t.split("\n", -1)) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    private static Optional<Double> number(SectionView s, ProblemReporter p) {
        OptionalDouble d = firstNumber(s.text(), 0);
        if (d.isEmpty()) {
            if (!s.text().isBlank()) {
                p.report(ProblemCode.SECTION_INVALID_VALUE.code(), ProblemCode.SECTION_INVALID_VALUE.severity(),
                        "'" + s.label() + "' has no number: " + abbreviate(s.text()));
            }
            return Optional.empty();
        }
        return Optional.of(d.getAsDouble());
    }

    private static Optional<Integer> minutes(SectionView s, ProblemReporter p) {
        OptionalDouble d = firstNumber(s.text(), 0);
        if (d.isEmpty() || d.getAsDouble() > Integer.MAX_VALUE) {
            if (!s.text().isBlank()) {
                p.report(ProblemCode.SECTION_INVALID_VALUE.code(), ProblemCode.SECTION_INVALID_VALUE.severity(),
                        "'" + s.label() + "' has no number of minutes: " + abbreviate(s.text()));
            }
            return Optional.empty();
        }
        return Optional.of((int) Math.round(d.getAsDouble()));
    }

    static Extras.Recommendation recommendation(String t) {
        int stars = 0;
        boolean anyStar = false;
        int i = 0;
        while (i < t.length() && (t.charAt(i) == '★' || t.charAt(i) == '☆' || t.charAt(i) == '⭐'
                || t.charAt(i) == ' ')) {
            if (t.charAt(i) == '★' || t.charAt(i) == '⭐') {
                stars++;
            }
            if (t.charAt(i) != ' ') {
                anyStar = true;
            }
            i++;
        }
        OptionalDouble score = OptionalDouble.empty();
        OptionalDouble max = OptionalDouble.empty();
        int reasonStart = i;
        if (i < t.length() && t.charAt(i) == '(') {
            int close = t.indexOf(')', i);
            if (close > i) {
                String inside = t.substring(i + 1, close);
                score = firstNumber(inside, 0);
                int slash = inside.indexOf('/');
                if (slash >= 0) {
                    max = firstNumber(inside, slash + 1);
                }
                reasonStart = close + 1;
            }
        }
        String reason = t.substring(reasonStart).strip();
        if (reason.startsWith("- ") || reason.startsWith("— ") || reason.startsWith("– ")) {
            reason = reason.substring(2);
        }
        if (!anyStar && score.isEmpty()) {
            reason = t;
        }
        return new Extras.Recommendation(anyStar ? OptionalInt.of(stars) : OptionalInt.empty(), score, max, reason);
    }

    /** The first decimal number in the text from {@code from}, without regular expressions. */
    static OptionalDouble firstNumber(String t, int from) {
        int i = from;
        while (i < t.length() && !Character.isDigit(t.charAt(i))) {
            i++;
        }
        if (i >= t.length()) {
            return OptionalDouble.empty();
        }
        int j = i;
        while (j < t.length() && j - i < 18 && Character.isDigit(t.charAt(j))) {
            j++;
        }
        if (j + 1 < t.length() && t.charAt(j) == '.' && Character.isDigit(t.charAt(j + 1))) {
            j++;
            while (j < t.length() && j - i < 30 && Character.isDigit(t.charAt(j))) {
                j++;
            }
        }
        try {
            return OptionalDouble.of(Double.parseDouble(t.substring(i, j)));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
