package io.attract.common.persistence;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list answer of every collection endpoint: {@code {items, total, next}}. */
public record PageView<T>(
        List<T> items,

        @Schema(description = "null when there are too many to count exactly", nullable = true)
        Long total,

        @Schema(nullable = true) String next) {

    public static <T> PageView<T> of(List<T> items, long total) {
        return new PageView<>(items, total, null);
    }

    /** A whole collection in one page. */
    public static <T> PageView<T> all(List<T> items) {
        return of(items, items.size());
    }
}
