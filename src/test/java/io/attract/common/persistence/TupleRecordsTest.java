package io.attract.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows become records by column name, whatever the order; a missing or extra column is an error, not a shift. */
class TupleRecordsTest {

    private enum Stage {
        SIGNED
    }

    private record Line(long id, String name, BigDecimal amount, LocalDate on, Stage stage, boolean key) {}

    private record Column(String alias) implements TupleElement<Object> {
        @Override
        public Class<?> getJavaType() {
            return Object.class;
        }

        @Override
        public String getAlias() {
            return alias;
        }
    }

    private static Tuple tuple(List<String> aliases, Object... values) {
        return new Tuple() {
            @Override
            public <X> X get(TupleElement<X> element) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <X> X get(String alias, Class<X> type) {
                return type.cast(get(alias));
            }

            @Override
            public Object get(String alias) {
                return values[aliases.indexOf(alias)];
            }

            @Override
            public <X> X get(int i, Class<X> type) {
                return type.cast(values[i]);
            }

            @Override
            public Object get(int i) {
                return values[i];
            }

            @Override
            public Object[] toArray() {
                return values;
            }

            @Override
            public List<TupleElement<?>> getElements() {
                return aliases.stream().<TupleElement<?>>map(Column::new).toList();
            }
        };
    }

    @Test
    void columnsFillTheComponentsOfTheirNameInAnyOrder() {
        Line line = TupleRecords.map(
                tuple(
                        List.of("stage", "amount", "on", "name", "id", "key"),
                        "SIGNED",
                        new BigDecimal("12.50"),
                        java.sql.Date.valueOf("2026-11-30"),
                        "甲项目",
                        7,
                        null),
                Line.class);
        assertThat(line)
                .isEqualTo(
                        new Line(7, "甲项目", new BigDecimal("12.50"), LocalDate.of(2026, 11, 30), Stage.SIGNED, false));
    }

    @Test
    void aMissingOrUnknownColumnIsAnError() {
        assertThatThrownBy(() -> TupleRecords.map(
                        tuple(
                                List.of("id", "name", "amount", "on", "stage", "keyx"),
                                1,
                                "a",
                                BigDecimal.ONE,
                                null,
                                "SIGNED",
                                true),
                        Line.class))
                .hasMessageContaining("no column key");
        assertThatThrownBy(() -> TupleRecords.map(tuple(List.of("id"), 1), Line.class))
                .hasMessageContaining("6 components, the query 1 columns");
    }
}
