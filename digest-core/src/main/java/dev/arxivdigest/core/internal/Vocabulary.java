package dev.arxivdigest.core.internal;

import dev.arxivdigest.model.Field;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of the digest dialects, as data and in one place: the label aliases of the canonical
 * fields, the labels forks commonly write besides them, the titles of a table of contents, the
 * labels of a labelled authors line and the arXiv archive names. Immutable and thread-safe; a
 * parser's vocabulary is the default one extended with the label aliases given to its builder.
 *
 * <p>The recognisers and the paper builder ask this class; none of them holds a word list.
 */
public final class Vocabulary {

    /** Canonical field to the labels that stand for it, in English, Chinese, Japanese and Korean. */
    private static final Map<Field, List<String>> FIELD_LABELS = fieldLabels();

    /** Section labels forks write besides the canonical fields and the built-in extractors' labels. */
    private static final List<String> OTHER_WELL_KNOWN_LABELS = List.of("Limitations", "Future Work",
            "AI_Comments", "AI Comments", "DOI", "Journal", "Journal ref", "Translation", "Abstract translation",
            "Code", "Project page", "摘要翻译", "局限性", "未来工作");

    /**
     * Labels without a canonical field that the upstream template itself once wrote ({@code Task:},
     * March 2025), normalised: kept as sections and not reported as unknown.
     */
    private static final Set<String> TEMPLATE_LABELS = Set.of("task");

    /** The titles of a table of contents heading, normalised. */
    private static final Set<String> TOC_TITLES = Set.of("table of contents", "contents", "目录", "目錄", "toc",
            "목차");

    /** The labels of a labelled authors line ({@code **Authors:** A, B}), normalised. */
    private static final Set<String> AUTHOR_LABELS = Set.of("authors", "author", "作者", "저자");

    /** The arXiv archives: a heading {@code cs.CV} or {@code hep-th} is a category, not a title. */
    private static final Set<String> ARCHIVES = Set.of("cs", "math", "stat", "eess", "econ", "q-bio", "q-fin",
            "physics", "astro-ph", "cond-mat", "gr-qc", "hep-ex", "hep-lat", "hep-ph", "hep-th", "math-ph", "nlin",
            "nucl-ex", "nucl-th", "quant-ph");

    private static final Map<String, Field> DEFAULT_ALIASES;

    static {
        Map<String, Field> m = new LinkedHashMap<>();
        FIELD_LABELS.forEach((f, labels) -> labels.forEach(l -> m.put(Labels.normalize(l), f)));
        DEFAULT_ALIASES = Collections.unmodifiableMap(m);
    }

    private static final Vocabulary DEFAULTS = new Vocabulary(Labels.of(DEFAULT_ALIASES));

    private final Labels labels;

    private Vocabulary(Labels labels) {
        this.labels = labels;
    }

    private static Map<Field, List<String>> fieldLabels() {
        Map<Field, List<String>> m = new LinkedHashMap<>();
        m.put(Field.MAIN_CATEGORY, List.of("Main category", "Main Category", "Primary category", "Category",
                "Categories", "Subjects",
                "主要类别", "主类别", "主分类", "分类", "类别", "主要類別", "主類別", "類別", "分類", "カテゴリ", "주 카테고리",
                "카테고리"));
        m.put(Field.TLDR, List.of("TL;DR", "TLDR", "TL; DR", "TL,DR", "Too long; didn't read", "AI概要", "概要",
                "一句话总结", "一句話總結", "太长不看", "要約", "요약", "핵심 요약"));
        m.put(Field.MOTIVATION, List.of("Motivation", "动机", "研究动机", "動機", "研究動機", "동기", "연구 동기"));
        m.put(Field.METHOD, List.of("Method", "Methods", "Methodology", "Approach", "方法", "研究方法", "方法论", "方法論",
                "手法", "방법", "방법론"));
        m.put(Field.RESULT, List.of("Result", "Results", "Findings", "结果", "实验结果", "研究结果", "結果", "實驗結果",
                "研究結果", "결과"));
        m.put(Field.CONCLUSION, List.of("Conclusion", "Conclusions", "结论", "研究结论", "結論", "研究結論", "결론"));
        m.put(Field.ABSTRACT, List.of("Abstract", "Original Abstract", "原文摘要", "原始摘要", "英文摘要", "摘要",
                "アブストラクト", "초록", "원문 초록"));
        return Collections.unmodifiableMap(m);
    }

    /** {@return the default vocabulary} */
    public static Vocabulary defaults() {
        return DEFAULTS;
    }

    /** {@return the built-in label aliases, normalised label to field} */
    public static Map<String, Field> defaultAliases() {
        return DEFAULT_ALIASES;
    }

    /** {@return the default vocabulary with the given label aliases, which win over the built-in ones} */
    public static Vocabulary withLabelAliases(Map<String, Field> extra) {
        if (extra.isEmpty()) {
            return DEFAULTS;
        }
        Map<String, Field> m = new LinkedHashMap<>(DEFAULT_ALIASES);
        extra.forEach((k, v) -> m.put(Labels.normalize(k), v));
        return new Vocabulary(Labels.of(Collections.unmodifiableMap(m)));
    }

    /** {@return the label alias table} */
    public Labels labels() {
        return labels;
    }

    /**
     * Lazily made, after the built-in extractors (whose labels it takes): the labels forks commonly
     * write besides the canonical fields, normalised.
     */
    private static final class WellKnown {
        static final Set<String> LABELS;

        static {
            Set<String> w = new HashSet<>();
            for (dev.arxivdigest.core.SectionExtractor<?> x : BuiltInExtractors.all()) {
                if (x instanceof Extractors.ByLabel<?> byLabel) {
                    w.addAll(byLabel.labels);
                }
            }
            for (String l : OTHER_WELL_KNOWN_LABELS) {
                w.add(Labels.normalize(l));
            }
            LABELS = Set.copyOf(w);
        }
    }

    /**
     * Whether a label is one forks commonly write besides the canonical fields (those of the
     * built-in extractors, Limitations, Code...), with or without a parenthesised gloss. A plain
     * {@code Label: value} line with one of these starts a section even without a blank line before
     * it, when the section above was opened by a label line of the same form.
     *
     * @param label the label as written
     * @return whether it is well known
     */
    public boolean isWellKnownLabel(String label) {
        String n = Labels.normalizeCached(label);
        if (WellKnown.LABELS.contains(n)) {
            return true;
        }
        int open = Labels.indexOfAny(n, '(', '（');
        return open > 0 && WellKnown.LABELS.contains(n.substring(0, open).strip());
    }

    /** {@return whether the upstream template once wrote this label without a canonical field ({@code Task})} */
    public boolean isTemplateLabel(String label) {
        return TEMPLATE_LABELS.contains(Labels.normalizeCached(label));
    }

    /** {@return whether a heading's text is the title of a table of contents ({@code 目录})} */
    public boolean isTocTitle(String heading) {
        return TOC_TITLES.contains(Labels.normalize(heading));
    }

    /** {@return whether a label introduces the authors ({@code Authors}, {@code 作者})} */
    public boolean isAuthorsLabel(String label) {
        return AUTHOR_LABELS.contains(Labels.normalizeCached(label));
    }

    /** {@return whether a heading's text is an arXiv category ({@code cs.CV}, {@code hep-th}), not a title} */
    public boolean isArxivCategory(String content) {
        int dot = content.indexOf('.');
        String archive = dot < 0 ? content : content.substring(0, dot);
        if (!ARCHIVES.contains(archive)) {
            return false;
        }
        if (dot < 0) {
            return true;
        }
        if (dot + 1 == content.length()) {
            return false;
        }
        for (int i = dot + 1; i < content.length(); i++) {
            char c = content.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
