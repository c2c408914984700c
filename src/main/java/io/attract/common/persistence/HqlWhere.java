package io.attract.common.persistence;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/** A list filter's conditions (HQL, or native SQL) and their parameters, built up one optional filter at a time. */
public final class HqlWhere {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Adds the condition only when {@code value} is given (not null, not a blank string). */
    public HqlWhere and(String condition, String name, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return this;
        }
        conditions.add(condition);
        parameters.and(name, value);
        return this;
    }

    /** {@code date} falls in {@code year} (when a year is given). */
    public HqlWhere inYear(String date, Integer year) {
        if (year == null) {
            return this;
        }
        return and(date + " >= :yearStart", "yearStart", java.time.LocalDate.of(year, 1, 1))
                .and(date + " <= :yearEnd", "yearEnd", java.time.LocalDate.of(year, 12, 31));
    }

    /** {@code date} falls in {@code year} and on or between {@code from} and {@code to}, each when given. */
    public HqlWhere dated(String date, Integer year, java.time.LocalDate from, java.time.LocalDate to) {
        return and(date + " >= :from", "from", from)
                .and(date + " <= :to", "to", to)
                .inYear(date, year);
    }

    public HqlWhere and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A case-insensitive "contains" on any of the given expressions. */
    public HqlWhere contains(String q, String... expressions) {
        if (q == null || q.isBlank()) {
            return this;
        }
        List<String> ors = new ArrayList<>();
        for (String e : expressions) {
            ors.add("lower(" + e + ") like :q escape '\\'");
        }
        conditions.add("(" + String.join(" or ", ors) + ")");
        parameters.and("q", "%" + SortParam.escapeLike(q.strip().toLowerCase()) + "%");
        return this;
    }

    public String hql() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }
}
