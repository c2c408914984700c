package io.attract.cockpit;

import io.attract.cockpit.CockpitQueries.Dimension;
import io.attract.cockpit.CockpitView.Breakdown;
import io.attract.cockpit.CockpitView.Funnel;
import io.attract.cockpit.CockpitView.FunnelStage;
import io.attract.cockpit.CockpitView.Money;
import io.attract.cockpit.CockpitView.Month;
import io.attract.cockpit.CockpitView.NewProjects;
import io.attract.common.persistence.PageView;
import io.attract.common.persistence.ReadSnapshot;
import io.attract.common.time.BusinessDates;
import io.attract.figures.FigureCache;
import io.attract.project.ProjectFilter;
import io.attract.project.ProjectListItem;
import io.attract.project.ProjectService;
import io.attract.project.ProjectStage;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Puts the cockpit together for the year of {@code asOf}, from 1 January to that day. */
@ApplicationScoped
@Transactional
public class CockpitService {

    private static final NewProjects NONE = new NewProjects(0, 0, 0, 0);

    @Inject
    CockpitQueries queries;

    @Inject
    ProjectService projects;

    @Inject
    FigureCache cache;

    @Inject
    ReadSnapshot snapshot;

    /** Cached while exact (ADR 0020): a leader's second look, and everyone else's, costs one index lookup. */
    public CockpitView cockpit(LocalDate asOf, Long unit) {
        return cache.get(new Key(asOf, unit, BusinessDates.today()), CockpitView.class, () -> compute(asOf, unit));
    }

    /** The stalled list is judged on today's date, so today is part of what the figures depend on. */
    private record Key(LocalDate asOf, Long unit, LocalDate today) {}

    private CockpitView compute(LocalDate asOf, Long unit) {
        CockpitQueries.Period period = CockpitQueries.Period.of(asOf);
        LocalDate yearStart = period.from();

        CockpitQueries.Headline headline = queries.headline(period, unit);
        CockpitView.Projects counts = new CockpitView.Projects(
                headline.thisYear(), headline.lastYear(), headline.thisMonth(), queries.byStage(asOf, unit));
        CockpitQueries.Funds funds = queries.funds(period, unit);

        PageView<ProjectListItem> stalled = projects.list(
                new ProjectFilter(null, null, null, unit, null, null, null, true, null, null, null, false, false, null),
                Sort.ascending("stageSince").and("id"),
                0,
                20);
        CockpitQueries.Engagement engagement = queries.engagement(yearStart, asOf, unit);
        Map<Dimension, List<Breakdown>> breakdowns = queries.breakdowns(yearStart, asOf, unit);
        return new CockpitView(
                asOf,
                asOf.getYear(),
                unit,
                counts,
                headline.signedProjects(),
                headline.totalInvestment(),
                new Money(funds.month()[0], funds.yearToDate()[0], funds.lastYearToDate()[0]),
                new Money(funds.month()[1], funds.yearToDate()[1], funds.lastYearToDate()[1]),
                engagement.leaderLedTrips(),
                engagement.trips(),
                engagement.events(),
                engagement.eventSignedProjects(),
                funnel(headline.funnel()),
                breakdowns.get(Dimension.INDUSTRY),
                breakdowns.get(Dimension.ZONE),
                breakdowns.get(Dimension.UNIT),
                monthly(asOf, unit, funds.byMonth()),
                stalled.items(),
                queries.keyProjects(yearStart, asOf, unit),
                queries.pending(unit),
                snapshot.dataAsOf());
    }

    private List<Month> monthly(LocalDate asOf, Long unit, Map<LocalDate, BigDecimal[]> funds) {
        LocalDate lastYearStart = asOf.minusYears(1).withDayOfYear(1);
        Map<LocalDate, NewProjects> fresh = queries.newByMonth(lastYearStart, asOf, unit);
        BigDecimal[] none = {BigDecimal.ZERO, BigDecimal.ZERO};
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= asOf.getMonthValue(); m++) {
            LocalDate key = LocalDate.of(asOf.getYear(), m, 1);
            LocalDate lastYearKey = key.minusYears(1);
            months.add(new Month(
                    m,
                    fresh.getOrDefault(key, NONE),
                    fresh.getOrDefault(lastYearKey, NONE),
                    funds.getOrDefault(key, none)[0],
                    funds.getOrDefault(lastYearKey, none)[0],
                    funds.getOrDefault(key, none)[1]));
        }
        return months;
    }

    private static Funnel funnel(CockpitQueries.FunnelFigures f) {
        ProjectStage[] stages = {
            ProjectStage.NEGOTIATING,
            ProjectStage.SIGNED,
            ProjectStage.REGISTERED,
            ProjectStage.CONSTRUCTION,
            ProjectStage.OPERATING
        };
        List<FunnelStage> result = new ArrayList<>();
        for (int i = 0; i < stages.length; i++) {
            long reached = f.reached()[i];
            BigDecimal conversion = null;
            BigDecimal days = null;
            if (i > 0) {
                long previous = f.reached()[i - 1];
                conversion = previous == 0
                        ? null
                        : BigDecimal.valueOf(reached)
                                .multiply(BigDecimal.valueOf(100))
                                .divide(BigDecimal.valueOf(previous), 1, RoundingMode.HALF_UP);
                days = f.averageDays()[i] == null ? null : f.averageDays()[i].setScale(1, RoundingMode.HALF_UP);
            }
            result.add(new FunnelStage(stages[i], reached, conversion, days));
        }
        return new Funnel(result);
    }
}
