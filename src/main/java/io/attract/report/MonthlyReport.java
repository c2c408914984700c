package io.attract.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.attract.figures.FigureCatalogue;
import io.attract.ranking.Metric;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * 月报: the month's and the year-to-date figures, by unit and by industry, and the project lines they are summed
 * from. {@code to} is the month's last day (or today while the month runs). {@code targets} is the completion of
 * the year's targets (null when the year has none, and in months published before targets existed).
 * {@code ledgerScope} says whose projects the project-level lists show: null for the whole district's.
 * {@code dataAsOf} is when the data read was current (数据截至): the read replica's replay time, or the moment of
 * reading on the primary (ADR 0019).
 */
@JsonIgnoreProperties(value = "figureIds", allowGetters = true)
@Schema(properties = @SchemaProperty(name = "figureIds", type = SchemaType.OBJECT, additionalProperties = String.class))
public record MonthlyReport(
        String month,
        LocalDate from,
        LocalDate to,
        Figures summary,
        @Schema(nullable = true) BigDecimal newYoyPercent,
        @Schema(nullable = true) BigDecimal fundsYoyPercent,
        @Schema(nullable = true) BigDecimal foreignUsdYoyPercent,
        @Schema(nullable = true) long newLastYear,
        @Schema(nullable = true) BigDecimal fundsLastYear,
        @Schema(nullable = true) BigDecimal foreignUsdLastYear,
        List<Group> byUnit,
        List<Group> byIndustry,
        List<ReportRow> projects,
        Publication publication,
        @Schema(nullable = true) Targets targets,
        @Schema(nullable = true) LedgerScope ledgerScope,
        @Schema(nullable = true) Instant dataAsOf) {

    /**
     * 目标完成情况 of the district: 序时进度 ({@code month}/12) and per metric the annual target (the sum of the units'
     * targets), the 1–N月累计 actual, completion and the points ahead of (or behind) 序时进度.
     */
    public record Targets(int month, BigDecimal timeProgressPercent, List<TargetLine> lines) {}

    /**
     * One metric's annual target, year-to-date actual, completion % and 超(+)/低于(−)序时进度 points; {@code figure} is
     * the metric's id in the catalogue of figures.
     */
    @JsonIgnoreProperties(value = "figure", allowGetters = true)
    @Schema(properties = @SchemaProperty(name = "figure", type = SchemaType.STRING))
    public record TargetLine(
            Metric metric,
            @Schema(nullable = true) BigDecimal target,
            BigDecimal actual,
            @Schema(nullable = true) BigDecimal completionPercent,
            @Schema(nullable = true) BigDecimal aheadPoints) {

        @JsonProperty("figure")
        public String figure() {
            return metric.figure();
        }
    }

    /**
     * The catalogue id (口径, docs/figures.md) of each figure the report carries, by the name of the field that carries
     * it in {@code summary}, a group's {@code figures}, the report itself or a target line, so that the screen can
     * show each figure's definition. The same for every report.
     */
    @JsonProperty("figureIds")
    public Map<String, String> figureIds() {
        return FIGURE_IDS;
    }

    private static final Map<String, String> FIGURE_IDS = figureIdsByField();

    private static Map<String, String> figureIdsByField() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String field : List.of("newMonth", "newYear", "newLastYear", "newYoyPercent")) {
            ids.put(field, FigureCatalogue.NEW_PROJECTS);
        }
        ids.put("negotiatingMonth", FigureCatalogue.NEW_NEGOTIATING);
        ids.put("negotiatingYear", FigureCatalogue.NEW_NEGOTIATING);
        ids.put("signedMonth", FigureCatalogue.NEW_SIGNED);
        ids.put("signedYear", FigureCatalogue.NEW_SIGNED);
        ids.put("landedMonth", FigureCatalogue.NEW_LANDED);
        ids.put("landedYear", FigureCatalogue.NEW_LANDED);
        ids.put("totalInvestmentNewYear", FigureCatalogue.COUNTED_INVESTMENT);
        for (String field : List.of("fundsMonth", "fundsYearToDate", "fundsLastYear", "fundsYoyPercent")) {
            ids.put(field, FigureCatalogue.FUNDS);
        }
        for (String field :
                List.of("foreignUsdMonth", "foreignUsdYearToDate", "foreignUsdLastYear", "foreignUsdYoyPercent")) {
            ids.put(field, FigureCatalogue.FOREIGN_USD);
        }
        ids.put("completionPercent", FigureCatalogue.TARGET_COMPLETION);
        ids.put("aheadPoints", FigureCatalogue.TIME_PROGRESS);
        ids.put("timeProgressPercent", FigureCatalogue.TIME_PROGRESS);
        return java.util.Collections.unmodifiableMap(ids);
    }

    /**
     * Whether the month is closed (月结). A closed month's report is the published one; {@code liveSummary} is what
     * the figures would be now, and {@code adjustments} the entries recorded after the close that caused the
     * difference (who, when, why).
     */
    /** {@code closedBy} is the login, {@code closedByName} the person's name as people see it. */
    public record Publication(
            String status,
            @Schema(nullable = true) java.time.Instant closedAt,
            @Schema(nullable = true) String closedBy,
            @Schema(nullable = true) String closedByName,
            @Schema(nullable = true) Figures liveSummary,
            List<Adjustment> adjustments) {}

    public record Adjustment(
            String kind,
            long projectId,
            String projectCode,
            String projectName,
            LocalDate businessDate,
            java.time.Instant recordedAt,
            String recordedBy,
            @Schema(nullable = true) String recordedByName,
            String detail,
            @Schema(nullable = true) String note) {}

    /**
     * The project-level lists narrowed to one unit's projects (the unit rule, ADR 0013): {@code unitId} and
     * {@code unitName} are the reader's unit, both null for a reader without one (who then sees no project lines).
     */
    public record LedgerScope(
            @Schema(nullable = true) Long unitId,
            @Schema(nullable = true) String unitName) {}

    MonthlyReport with(Publication p) {
        return copy(projects, p, ledgerScope, dataAsOf);
    }

    /** This report saying when the data it was read from was current (数据截至, ADR 0019). */
    MonthlyReport withDataAsOf(Instant asOf) {
        return copy(projects, publication, ledgerScope, asOf);
    }

    /**
     * This report with its project-level lists (the ledger; the publication's adjustments are narrowed where they
     * are read) holding only the unit's projects. The summary, the unit and industry tables and the targets are
     * the district's published figures and stay whole.
     */
    MonthlyReport onlyUnit(LedgerScope scope) {
        List<ReportRow> own = projects.stream()
                .filter(r -> scope.unitId() != null && scope.unitId().equals(r.unitId()))
                .toList();
        return copy(own, publication, scope, dataAsOf);
    }

    /** This report's district figures with another ledger, publication, ledger scope or time of reading. */
    private MonthlyReport copy(List<ReportRow> ledger, Publication publishing, LedgerScope scope, Instant asOf) {
        return new MonthlyReport(
                month,
                from,
                to,
                summary,
                newYoyPercent,
                fundsYoyPercent,
                foreignUsdYoyPercent,
                newLastYear,
                fundsLastYear,
                foreignUsdLastYear,
                byUnit,
                byIndustry,
                ledger,
                publishing,
                targets,
                scope,
                asOf);
    }

    /** Counts and sums over a set of project lines. */
    public record Figures(
            long newMonth,
            long negotiatingMonth,
            long signedMonth,
            long landedMonth,
            long newYear,
            long negotiatingYear,
            long signedYear,
            long landedYear,
            BigDecimal totalInvestmentNewYear,
            BigDecimal fundsMonth,
            BigDecimal fundsYearToDate,
            BigDecimal foreignUsdMonth,
            BigDecimal foreignUsdYearToDate) {

        static Figures of(List<ReportRow> rows) {
            long nm = count(rows, ReportRow::newThisMonth, "NEGOTIATING"),
                    sm = count(rows, ReportRow::newThisMonth, "SIGNED"),
                    lm = count(rows, ReportRow::newThisMonth, "LANDED");
            long ny = count(rows, ReportRow::newThisYear, "NEGOTIATING"),
                    sy = count(rows, ReportRow::newThisYear, "SIGNED"),
                    ly = count(rows, ReportRow::newThisYear, "LANDED");
            return new Figures(
                    nm + sm + lm,
                    nm,
                    sm,
                    lm,
                    ny + sy + ly,
                    ny,
                    sy,
                    ly,
                    sum(rows.stream().filter(r -> r.newThisYear() != null).toList(), ReportRow::countedInvestment),
                    sum(rows, ReportRow::fundsMonth),
                    sum(rows, ReportRow::fundsYearToDate),
                    sum(rows, ReportRow::foreignUsdMonth),
                    sum(rows, ReportRow::foreignUsdYearToDate));
        }

        private static long count(List<ReportRow> rows, Function<ReportRow, String> bucket, String value) {
            return rows.stream().filter(r -> value.equals(bucket.apply(r))).count();
        }

        private static BigDecimal sum(List<ReportRow> rows, Function<ReportRow, BigDecimal> field) {
            return rows.stream().map(field).filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** A unit's or an industry's figures; {@code targets} only for a unit with targets in the year. */
    public record Group(
            Long id,
            String name,
            Figures figures,
            @Schema(nullable = true) List<TargetLine> targets) {

        public Group(Long id, String name, Figures figures) {
            this(id, name, figures, null);
        }
    }

    /** One group per id (two units of the same name stay apart; lines without one form a group of their own). */
    static List<Group> groups(List<ReportRow> rows, Function<ReportRow, Long> id, Function<ReportRow, String> name) {
        Map<Long, List<ReportRow>> byId = new LinkedHashMap<>();
        rows.forEach(
                r -> byId.computeIfAbsent(id.apply(r), k -> new ArrayList<>()).add(r));
        List<Group> groups = new ArrayList<>();
        byId.forEach((key, list) -> groups.add(new Group(key, name.apply(list.get(0)), Figures.of(list))));
        groups.sort(
                (a, b) -> b.figures().fundsYearToDate().compareTo(a.figures().fundsYearToDate()));
        return groups;
    }

    /** 同比 in percent, one decimal; null when last year had nothing to compare with. */
    static BigDecimal yoy(BigDecimal now, BigDecimal before) {
        if (before == null || before.signum() == 0) {
            return null;
        }
        return now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP);
    }
}
