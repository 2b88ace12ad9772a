package dev.arxivdigest.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The immutable category list of a {@link Digest}, which also holds the views derived from it,
 * computed once when the digest is made: every paper across categories, in document order.
 * Equal to any list with the same categories, like the list {@link List#copyOf} returns.
 */
final class CategoryList extends AbstractList<Category> implements RandomAccess {

    private final Category[] categories;
    private final List<Paper> papers;

    private CategoryList(Category[] categories) {
        this.categories = categories;
        int n = 0;
        for (Category c : categories) {
            n += c.papers().size();
        }
        List<Paper> all = new ArrayList<>(n);
        for (Category c : categories) {
            all.addAll(c.papers());
        }
        this.papers = List.copyOf(all);
    }

    /** {@return {@code list} itself if it is a category list, else an immutable copy of it} */
    static CategoryList of(List<Category> list) {
        if (list instanceof CategoryList same) {
            return same;
        }
        Category[] copy = list.toArray(new Category[0]);
        for (Category c : copy) {
            Objects.requireNonNull(c, "category");
        }
        return new CategoryList(copy);
    }

    /** {@return every paper, in document order across categories} */
    List<Paper> papers() {
        return papers;
    }

    @Override
    public Category get(int index) {
        Objects.checkIndex(index, categories.length);
        return categories[index];
    }

    @Override
    public int size() {
        return categories.length;
    }
}
