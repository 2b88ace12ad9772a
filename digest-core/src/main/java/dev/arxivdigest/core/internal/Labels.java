package dev.arxivdigest.core.internal;

import dev.arxivdigest.model.Field;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The alias table that maps labels, as written in any dialect, to canonical fields.
 * Immutable once built; lookups normalise case, surrounding symbols and a parenthesised gloss.
 */
public final class Labels {

    private static final Map<String, Field> DEFAULTS;

    static {
        Map<String, Field> m = new LinkedHashMap<>();
        put(m, Field.MAIN_CATEGORY, "Main category", "Main Category", "Primary category", "Category",
                "主要类别", "主类别", "主分类", "分类", "类别", "主要類別", "主類別", "類別", "分類", "カテゴリ", "주 카테고리",
                "카테고리");
        put(m, Field.TLDR, "TL;DR", "TLDR", "TL; DR", "TL,DR", "Too long; didn't read", "AI概要", "概要",
                "一句话总结", "一句話總結", "太长不看", "要約", "요약", "핵심 요약");
        put(m, Field.MOTIVATION, "Motivation", "动机", "研究动机", "動機", "研究動機", "동기", "연구 동기");
        put(m, Field.METHOD, "Method", "Methods", "Methodology", "Approach", "方法", "研究方法", "方法论", "方法論", "手法", "방법",
                "방법론");
        put(m, Field.RESULT, "Result", "Results", "Findings", "结果", "实验结果", "研究结果", "結果", "實驗結果", "研究結果", "결과");
        put(m, Field.CONCLUSION, "Conclusion", "Conclusions", "结论", "研究结论", "結論", "研究結論", "결론");
        put(m, Field.ABSTRACT, "Abstract", "Original Abstract", "原文摘要", "原始摘要", "英文摘要", "摘要", "アブストラクト", "초록",
                "원문 초록");
        DEFAULTS = Collections.unmodifiableMap(m);
    }

    /**
     * Section labels that forks write besides the canonical fields: those of the built-in extractors
     * (Keywords, Relevance, Comment…) and a few more. A plain {@code Label: value} line with one of
     * these labels starts a new section even without a blank line before it, when the section above it
     * was opened by a label line of the same form. Initialised on first use, after the extractors.
     */
    private static final class WellKnown {
        static final java.util.Set<String> LABELS;

        static {
            java.util.Set<String> w = new java.util.HashSet<>();
            for (dev.arxivdigest.core.SectionExtractor<?> x : BuiltInExtractors.all()) {
                if (x instanceof Extractors.ByLabel<?> byLabel) {
                    w.addAll(byLabel.labels);
                }
            }
            for (String l : new String[] {"Limitations", "Future Work", "AI_Comments", "AI Comments",
                    "DOI", "Journal", "Journal ref", "Translation", "Abstract translation", "Code", "Project page",
                    "摘要翻译", "局限性", "未来工作"}) {
                w.add(normalize(l));
            }
            LABELS = java.util.Set.copyOf(w);
        }
    }

    /** {@return whether a label is one forks commonly write besides the canonical fields} */
    public static boolean wellKnown(String label) {
        String n = normalizeCached(label);
        if (WellKnown.LABELS.contains(n)) {
            return true;
        }
        int open = indexOfAny(n, '(', '（');
        return open > 0 && WellKnown.LABELS.contains(n.substring(0, open).strip());
    }

    private static void put(Map<String, Field> m, Field f, String... labels) {
        for (String l : labels) {
            m.put(normalize(l), f);
        }
    }

    private final Map<String, Field> table;

    private Labels(Map<String, Field> table) {
        this.table = table;
    }

    /** {@return the built-in table} */
    public static Labels defaults() {
        return new Labels(DEFAULTS);
    }

    /** {@return the built-in aliases, label as written to field} */
    public static Map<String, Field> defaultAliases() {
        return DEFAULTS;
    }

    /** {@return a table with the built-ins plus the given aliases, which win over the built-ins} */
    public static Labels withAliases(Map<String, Field> extra) {
        if (extra.isEmpty()) {
            return defaults();
        }
        Map<String, Field> m = new LinkedHashMap<>(DEFAULTS);
        extra.forEach((k, v) -> m.put(normalize(k), v));
        return new Labels(Collections.unmodifiableMap(m));
    }

    private static final Optional<Field> NONE = Optional.empty();
    private static final java.util.EnumMap<Field, Optional<Field>> SHARED = new java.util.EnumMap<>(Field.class);

    static {
        for (Field f : Field.values()) {
            SHARED.put(f, Optional.of(f));
        }
    }

    /** A label as the parser keeps it: one String instance per distinct label, and its field. */
    public record Entry(String label, Optional<Field> field) {
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Entry> memo =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** {@return the shared {@code Optional} of a field, so a parse does not allocate one per section} */
    public static Optional<Field> shared(Field f) {
        return SHARED.get(f);
    }

    /** Looks a label up, returning a shared instance of the label text with its field. */
    public Entry entry(String label) {
        Entry e = memo.get(label);
        if (e == null) {
            e = new Entry(label, lookupUncached(label));
            if (memo.size() < 4096) {
                Entry prior = memo.putIfAbsent(label, e);
                if (prior != null) {
                    e = prior;
                }
            }
        }
        return e;
    }

    /** {@return whether the label as written (normalised) is in the table, without the gloss rules} */
    public boolean isExact(String label) {
        return table.containsKey(normalizeCached(label));
    }

    /** Looks a label up: as written, then without a parenthesised gloss, then the gloss alone. */
    public Optional<Field> lookup(String label) {
        return entry(label).field();
    }

    private Optional<Field> lookupUncached(String label) {
        String n = normalize(label);
        Field f = table.get(n);
        if (f != null) {
            return shared(f);
        }
        if (n.isEmpty()) {
            return NONE;
        }
        int open = indexOfAny(n, '(', '（');
        if (open > 0) {
            f = table.get(n.substring(0, open).strip());
            if (f != null) {
                return shared(f);
            }
            int close = indexOfAny(n, ')', '）');
            if (close > open) {
                f = table.get(n.substring(open + 1, close).strip());
                if (f != null) {
                    return shared(f);
                }
            }
        }
        return NONE;
    }

    private static int indexOfAny(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == a || c == b) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Normalises a label for lookup: drops leading and trailing symbols (emoji, markup), folds case
     * and inner runs of white space.
     */
    public static String normalize(String label) {
        int start = 0;
        int end = label.length();
        while (start < end && !isWordChar(label.codePointAt(start))) {
            start += Character.charCount(label.codePointAt(start));
        }
        while (end > start && !isWordChar(label.codePointBefore(end)) && !isCloser(label.charAt(end - 1))) {
            end -= Character.charCount(label.codePointBefore(end));
        }
        StringBuilder sb = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = label.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** {@link #normalize}, memoised for the few constant labels extractors compare against. */
    static String normalizeCached(String label) {
        String n = CACHE.get(label);
        if (n == null) {
            n = normalize(label);
            if (CACHE.size() < 4096) {
                CACHE.putIfAbsent(label, n);
            }
        }
        return n;
    }

    private static boolean isCloser(char c) {
        return c == ')' || c == '）';
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp);
    }
}
