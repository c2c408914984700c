package io.attract.common.persistence;

import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Query rows as records, by name: each record component takes the column of the same name (PostgreSQL folds
 * unquoted aliases to lower case, so {@code as fundsMonth} fills {@code fundsMonth}); a JPQL tuple's aliases work
 * the same way. A column the record lacks, or
 * a component no column names, is an error at the first row, not a value silently read from the wrong place.
 */
public final class TupleRecords {

    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private TupleRecords() {}

    /** Every row of one query: the columns are matched to the components once, at the first row. */
    public static <R extends Record> List<R> map(List<Tuple> rows, Class<R> type) {
        return map(rows, type, new String[0]);
    }

    /** The same, passing over columns read apart ({@code besides}: their aliases), such as a count on every row. */
    public static <R extends Record> List<R> map(List<Tuple> rows, Class<R> type, String... besides) {
        if (rows.isEmpty()) {
            return List.of();
        }
        RecordComponent[] components = type.getRecordComponents();
        int[] columns = columns(rows.get(0), type, components, List.of(besides));
        List<R> mapped = new ArrayList<>(rows.size());
        for (Tuple row : rows) {
            mapped.add(make(row, type, components, columns));
        }
        return Collections.unmodifiableList(mapped);
    }

    public static <R extends Record> R map(Tuple row, Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        return make(row, type, components, columns(row, type, components, List.of()));
    }

    /** For each component, the index of its column. */
    private static int[] columns(Tuple row, Class<?> type, RecordComponent[] components, List<String> besides) {
        Map<String, Integer> columns = new HashMap<>();
        List<TupleElement<?>> elements = row.getElements();
        for (int i = 0; i < elements.size(); i++) {
            columns.put(elements.get(i).getAlias().toLowerCase(Locale.ROOT), i);
        }
        besides.forEach(alias -> columns.remove(alias.toLowerCase(Locale.ROOT)));
        if (columns.size() != components.length) {
            throw new IllegalArgumentException(type.getSimpleName() + " has " + components.length
                    + " components, the query " + columns.size() + " columns: " + columns.keySet());
        }
        int[] indexes = new int[components.length];
        for (int i = 0; i < components.length; i++) {
            Integer column = columns.get(components[i].getName().toLowerCase(Locale.ROOT));
            if (column == null) {
                throw new IllegalArgumentException("no column " + components[i].getName() + " for "
                        + type.getSimpleName() + " in " + columns.keySet());
            }
            indexes[i] = column;
        }
        return indexes;
    }

    private static <R extends Record> R make(Tuple row, Class<R> type, RecordComponent[] components, int[] columns) {
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = convert(row.get(columns[i]), components[i].getType());
        }
        try {
            @SuppressWarnings("unchecked")
            Constructor<R> constructor = (Constructor<R>) CONSTRUCTORS.computeIfAbsent(type, t -> canonical(type));
            return constructor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
        }
    }

    private static Constructor<?> canonical(Class<? extends Record> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
            constructor.setAccessible(true); // a query's row record is often private to its feature
            return constructor;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object convert(Object value, Class<?> to) {
        if (value == null) {
            if (to == long.class || to == int.class) {
                throw new IllegalArgumentException("null for a " + to);
            }
            return to == boolean.class ? false : null;
        }
        if (to.isInstance(value)) {
            return value; // a JPQL tuple carries its entity's types (enums, Long) already
        }
        if (to == long.class || to == Long.class) {
            return ((Number) value).longValue();
        }
        if (to == int.class || to == Integer.class) {
            return ((Number) value).intValue();
        }
        if (to == BigDecimal.class) {
            return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        }
        if (to == Instant.class) {
            return SqlValues.instant(value);
        }
        if (to == LocalDate.class && value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (to == List.class && value instanceof Object[] array) {
            return List.of(array); // a SQL array, e.g. array(select …) as names
        }
        if (to.isEnum()) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Object constant = Enum.valueOf((Class<Enum>) to, value.toString());
            return constant;
        }
        return value;
    }
}
