package io.attract.common.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;

/** A column of an exported list: its header, width, how its cells are written and what of a row goes in it. */
public record ListColumn<R>(String header, int width, Kind kind, Function<R, ?> value) {

    public enum Kind {
        /** Formula-safe text. */
        TEXT,
        /** Money (万元, or the unit the header names) as a number, #,##0.00. */
        WAN_YUAN,
        /** An Excel date, yyyy-mm-dd. */
        DATE,
        /** A whole number. */
        COUNT,
        /** A number with two decimals (scores, percentages). */
        DECIMAL
    }

    public static <R> ListColumn<R> text(String header, int width, Function<R, String> value) {
        return new ListColumn<>(header, width, Kind.TEXT, value);
    }

    /** {@code header} without the unit: "(万元)" is added. */
    public static <R> ListColumn<R> wanYuan(String header, Function<R, BigDecimal> value) {
        return money(header + "(万元)", value);
    }

    /** Money in the unit {@code header} names (万元, 万美元), #,##0.00. */
    public static <R> ListColumn<R> money(String header, Function<R, BigDecimal> value) {
        return new ListColumn<>(header, 14, Kind.WAN_YUAN, value);
    }

    public static <R> ListColumn<R> date(String header, Function<R, LocalDate> value) {
        return new ListColumn<>(header, 12, Kind.DATE, value);
    }

    public static <R> ListColumn<R> count(String header, Function<R, ? extends Number> value) {
        return new ListColumn<>(header, 10, Kind.COUNT, value);
    }

    public static <R> ListColumn<R> decimal(String header, Function<R, ? extends Number> value) {
        return new ListColumn<>(header, 12, Kind.DECIMAL, value);
    }

    /** 是 or 否. */
    public static <R> ListColumn<R> yesNo(String header, Function<R, Boolean> value) {
        return text(header, 8, r -> {
            Boolean yes = value.apply(r);
            return yes == null ? null : yes ? "是" : "否";
        });
    }
}
