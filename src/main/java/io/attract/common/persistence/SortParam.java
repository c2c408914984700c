package io.attract.common.persistence;

import io.attract.common.error.ApiException;
import io.quarkus.panache.common.Sort;
import java.util.Map;
import java.util.TreeSet;

/** The {@code sort} query parameter of lists: a key, {@code -} for descending; unknown keys are a 400. */
public final class SortParam {

    private SortParam() {}

    /** {@code allowed} maps API keys to entity properties; ties break on id so pages never overlap. */
    public static Sort parse(String sort, Map<String, String> allowed) {
        return parse(sort, allowed, "id");
    }

    /** As {@link #parse(String, Map)}, breaking ties on {@code id} (qualified, e.g. {@code v.id}, in joined queries). */
    public static Sort parse(String sort, Map<String, String> allowed, String id) {
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        String property = allowed.get(key);
        if (property == null) {
            throw ApiException.invalid(
                    "sort",
                    "request.bad_sort",
                    "不支持按“" + key + "”排序，可用：" + String.join("、", new TreeSet<>(allowed.keySet())));
        }
        return (descending ? Sort.descending(property) : Sort.ascending(property)).and(id);
    }

    /** A user's text inside a LIKE pattern, matched literally. */
    public static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
