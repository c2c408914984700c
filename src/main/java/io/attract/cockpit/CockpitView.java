package io.attract.cockpit;

import io.attract.project.ProjectListItem;
import io.attract.project.ProjectStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The leaders' figures for the year of {@code asOf} up to that day: every number is computed from business dates
 * (first entry into a stage, arrival of funds), so a later-dated event never moves an earlier as-of. {@code dataAsOf}
 * is when the data read was current (数据截至): the read replica's replay time, or when it was read from the primary.
 */
public record CockpitView(
        LocalDate asOf,
        int year,
        @Schema(nullable = true) Long unitId,
        Projects projects,
        Counts signedProjects,
        BigDecimal totalInvestment,
        Money fundsArrived,
        Money foreignUsedUsd,
        @Schema(nullable = true) int trips,
        @Schema(nullable = true) int tripsTotal,
        @Schema(nullable = true) int events,
        @Schema(nullable = true) int eventSignedProjects,
        Funnel funnel,
        List<Breakdown> byIndustry,
        List<Breakdown> byZone,
        List<Breakdown> byUnit,
        List<Month> monthly,
        List<ProjectListItem> stalled,
        List<KeyProject> keyProjects,
        Pending pending,
        @Schema(nullable = true) Instant dataAsOf) {

    /** 待审核: recorded, not yet confirmed, so in no figure above; the cockpit says so apart. */
    public record Pending(long stageChanges, long funds) {}

    /** 新在谈/新签约/新落地: each project once, at the furthest of those stages it first reached in the period. */
    public record NewProjects(long negotiating, long signed, long landed, long total) {}

    public record Projects(
            NewProjects newThisYear,
            NewProjects newSamePeriodLastYear,
            NewProjects newThisMonth,
            Map<ProjectStage, Long> byStage) {}

    /** A count of 当月, 1–N月累计 and the same period last year (新签约项目（含已落地）: signed_projects). */
    @Schema(name = "SignedCounts")
    public record Counts(long month, long yearToDate, long yearToDateLastYear) {}

    /** 当月, 1–N月累计, and the same period last year for 同比. */
    public record Money(BigDecimal month, BigDecimal yearToDate, BigDecimal yearToDateLastYear) {}

    public record FunnelStage(
            ProjectStage stage,
            long reached,
            @Schema(nullable = true) BigDecimal conversionFromPrevious,
            @Schema(nullable = true) BigDecimal averageDaysFromPrevious) {}

    /** Of the projects that entered the funnel this year: how far they got, and how long each step took. */
    public record Funnel(List<FunnelStage> stages) {}

    public record Breakdown(
            @Schema(nullable = true) Long id,
            @Schema(nullable = true) String name,
            long newProjects,
            long signedOrLanded,
            BigDecimal totalInvestment,
            BigDecimal fundsYearToDate) {}

    public record Month(
            int month,
            NewProjects newProjects,
            NewProjects newProjectsLastYear,
            BigDecimal funds,
            BigDecimal fundsLastYear,
            BigDecimal foreignUsd) {}

    public record KeyProject(
            long id,
            String code,
            String name,
            ProjectStage stage,
            String unitName,
            @Schema(nullable = true) String sponsorLeader,
            @Schema(nullable = true) BigDecimal totalInvestment,
            @Schema(nullable = true) BigDecimal fundsYearToDate) {}
}
