package io.attract.common.persistence;

import java.util.List;

/** The list answer of every collection endpoint: {@code {items, total, next}}. */
public record PageView<T>(List<T> items, Long total, String next) {

    public static <T> PageView<T> of(List<T> items, long total) {
        return new PageView<>(items, total, null);
    }
}
