package dev.arxivdigest.core.internal.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A list value written on one line: a Python-style list ({@code ['Large Language Models', 'Agents']})
 * under any label, or the value of a label that names a list ({@code Categories: math.NA, cs.NA, 65R20},
 * {@code Matched topics: a, b, c}, {@code Author affiliations: Name: Affil; Name: Affil}), split at
 * commas and semicolons ({@code ,}, {@code ，}, {@code 、}, {@code ;}, {@code ；}); an affiliation list
 * with semicolons is split at its semicolons only, its commas being inside an affiliation. Separators inside
 * brackets, parentheses or quotes do not split; a link after the list ({@code cs.CV, cs.LG [[PDF]](…)})
 * ends it. One pass over the value, no regular expression. Stateless.
 */
public final class InlineListForm {

    /** Words that, ending a label (plural allowed), make its value a list. Lower case. */
    private static final List<String> LIST_WORDS = List.of("category", "categorie", "topic", "tag", "keyword",
            "key word", "affiliation", "subject");

    /** The endings of {@link #LIST_WORDS}, singular and plural. */
    private static final List<String> LIST_ENDINGS = LIST_WORDS.stream()
            .flatMap(w -> java.util.stream.Stream.of(w, w + "s", w + "es")).toList();

    /** Label parts that make a value a list in scripts without plural or spaces. */
    private static final List<String> LIST_CJK = List.of("关键词", "关键字", "標籤", "标签", "分类", "类别", "類別", "分類",
            "主题", "主題", "领域", "單位", "单位", "机构", "キーワード", "カテゴリ", "키워드", "카테고리");

    private InlineListForm() {
    }

    /**
     * Reads the items of a value written on one line.
     *
     * @param label the section's label as written (markup removed)
     * @param category whether the label stands for the main category
     * @param text the value as written
     * @return the items, each stripped, at least two (one for a category followed by a link); empty if the
     *     value is not a list on one line
     */
    public static List<String> items(String label, boolean category, String text) {
        List<String> python = pythonList(text); // cheap exit unless the value starts with '['
        if (!python.isEmpty()) {
            return text.indexOf('\n') >= 0 ? List.of() : python; // a list on one line only
        }
        if (!category && !namesList(label) || text.indexOf('\n') >= 0) {
            return List.of(); // most values: the label names no list, the text is not scanned
        }
        List<String> items = split(text, affiliations(label));
        if (items.isEmpty() && category && linkAfterList(text) < text.length()) {
            // one category followed by a link ("cs.CV [**[PDF]**](…)"): the category alone is the item
            String one = text.substring(0, linkAfterList(text)).strip();
            return one.isEmpty() ? List.of() : List.of(one);
        }
        return items;
    }

    /** {@return whether a label names affiliations, whose items hold commas} */
    private static boolean affiliations(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        return l.contains("affiliation") || l.contains("单位") || l.contains("單位") || l.contains("机构");
    }

    /**
     * {@return whether a label names a list: {@code Matched topics}, {@code Tags}, {@code 关键词}}
     * Runs for every section: no allocation, one look at each character of the label per word.
     */
    static boolean namesList(String label) {
        int end = label.length();
        boolean ascii = true;
        for (int k = 0; k < end; k++) {
            if (label.charAt(k) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            for (String w : LIST_CJK) {
                if (label.contains(w)) {
                    return true;
                }
            }
        }
        while (end > 0 && Chars.isSpace(label.charAt(end - 1))) {
            end--;
        }
        for (String ending : LIST_ENDINGS) {
            int at = end - ending.length();
            if (at >= 0 && label.regionMatches(true, at, ending, 0, ending.length())
                    && (at == 0 || !Character.isLetter(label.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Splits at top-level separators: semicolons only if {@code semicolons} and the text has one,
     * else commas and semicolons; fewer than two items give none.
     */
    static List<String> split(String text, boolean semicolons) {
        int end = linkAfterList(text);
        char sep = semicolons && nextTopLevel(text, 0, end, c -> c == ';' || c == '；') >= 0 ? ';' : ',';
        List<String> items = new ArrayList<>();
        int from = 0;
        for (int i; (i = nextTopLevel(text, from, end, c -> isSeparator(c, sep))) >= 0; from = i + 1) {
            add(items, text, from, i);
        }
        add(items, text, from, end);
        return items.size() < 2 ? List.of() : List.copyOf(items);
    }

    private static boolean isSeparator(char c, char sep) {
        return c == ';' || c == '；' || (sep == ',' && (c == ',' || c == '，' || c == '、'));
    }

    /** The next character in {@code [from, end)} outside brackets that passes {@code test}; -1 if none. */
    private static int nextTopLevel(String text, int from, int end, CharTest test) {
        int depth = 0;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{' || c == '（') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}' || c == '）') && depth > 0) {
                depth--;
            } else if (depth == 0 && test.test(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A test on one character. */
    private interface CharTest {
        boolean test(char c);
    }

    /**
     * Where a markdown link written after the list begins (a {@code [} after a space, with a {@code ](}
     * after it), or the text's length.
     */
    private static int linkAfterList(String text) {
        int lastLink = text.lastIndexOf("](");
        for (int i = 1; i < lastLink; i++) {
            if (text.charAt(i) == '[' && Chars.isSpace(text.charAt(i - 1))) {
                return i;
            }
        }
        return text.length();
    }

    private static void add(List<String> items, String text, int from, int to) {
        String item = text.substring(from, to).strip();
        if (!item.isEmpty()) {
            items.add(item);
        }
    }

    /**
     * Reads a Python-style list of quoted strings, {@code ['a', "b"]}; backslash escapes the quote.
     * Empty if the value is not one, or has fewer than one item.
     */
    static List<String> pythonList(String text) {
        int first = 0;
        while (first < text.length() && Chars.isSpace(text.charAt(first))) {
            first++;
        }
        if (first >= text.length() || text.charAt(first) != '[') {
            return List.of(); // cheap exit: most values are not lists
        }
        String t = text.strip();
        if (t.length() < 4 || t.charAt(0) != '[' || t.charAt(t.length() - 1) != ']') {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        int i = 1;
        int end = t.length() - 1;
        while (true) {
            i = skipSpaces(t, i, end);
            if (i >= end) {
                return List.of(); // "[]" or a trailing comma
            }
            char q = t.charAt(i);
            if (q != '\'' && q != '"') {
                return List.of();
            }
            StringBuilder item = new StringBuilder();
            i++;
            while (i < end && t.charAt(i) != q) {
                if (t.charAt(i) == '\\' && i + 1 < end) {
                    i++;
                }
                item.append(t.charAt(i));
                i++;
            }
            if (i >= end) {
                return List.of(); // an unclosed quote
            }
            items.add(item.toString());
            i = skipSpaces(t, i + 1, end);
            if (i == end) {
                return List.copyOf(items);
            }
            if (t.charAt(i) != ',') {
                return List.of();
            }
            i++;
        }
    }

    private static int skipSpaces(String t, int i, int end) {
        while (i < end && Chars.isSpace(t.charAt(i))) {
            i++;
        }
        return i;
    }
}
