package io.attract.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.attract.chain.Chain;
import io.attract.chain.ChainLinks;
import io.attract.chain.ChainService;
import io.attract.chain.ChainViews;
import io.attract.chain.Coverage;
import io.attract.common.time.BusinessDates;
import io.attract.ranking.Metric;
import io.attract.ranking.RankingScores;
import io.attract.ranking.RankingService;
import io.attract.ranking.RankingView;
import io.attract.space.SiteRepository;
import io.attract.space.ZoneRepository;
import io.attract.unit.UnitRepository;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoLoaderTest {

    @Inject
    DemoLoader loader;

    @Inject
    UnitRepository units;

    @Inject
    ZoneRepository zones;

    @Inject
    SiteRepository sites;

    @Test
    void loadingTwiceAddsNothingTheSecondTime() {
        loader.load();
        long unitCount = units.count();
        long zoneCount = zones.count();
        long siteCount = sites.count();
        assertThat(units.findByCode("wuyingshan")).isPresent();
        assertThat(zones.findByCode("jiluo-road-belt")).isPresent();

        loader.load();
        assertThat(units.count()).isEqualTo(unitCount);
        assertThat(zones.count()).isEqualTo(zoneCount);
        assertThat(sites.count()).isEqualTo(siteCount);
    }

    @Inject
    EntityManager em;

    /** The single result of this query, its ?1 and ?2 the first and the last day of the demo year. */
    private Object inDemoYear(String sql) {
        LocalDate today = BusinessDates.today();
        return em.createNativeQuery(sql)
                .setParameter(1, LocalDate.of(DemoProjects.demoYear(today), 1, 1))
                .setParameter(2, DemoProjects.lastDay(today))
                .getSingleResult();
    }

    /** The seeds' shape: Jan–Nov 167 new negotiating/signed/landed projects, 88亿元 in place, 8092万美元 FDI used. */
    @Test
    @TestTransaction
    void theDemoYearHasTheShapeOfTheSeedsFigures() {
        loader.load();
        Number fresh = (Number) inDemoYear("""
                select count(*) from project p where code like 'TQ%'
                and new_stage(p.negotiating_on, p.signed_on, p.landed_on, ?1, ?2) > 0""");
        assertThat(fresh.intValue()).isEqualTo(DemoProjects.NEW_IN_DEMO_YEAR);
        Object[] sums = (Object[]) inDemoYear("""
                select sum(f.amount), sum(f.foreign_usd) from counted_fund f join project p on p.id = f.project_id
                where p.code like 'TQ%' and f.arrived_on between ?1 and ?2""");
        assertThat((BigDecimal) sums[0]).isEqualByComparingTo("880000.00");
        assertThat((BigDecimal) sums[1]).isEqualByComparingTo("8092.00");
        // On top of the confirmed history, a few of an officer's changes wait for the unit head (DemoPending).
        Number waiting = (Number) em.createNativeQuery("""
                select (select count(*) from project_transition t join project p on p.id = t.project_id
                        join org_unit u on u.id = p.unit_id
                        where u.code = 'wuyingshan' and t.confirmed_at is null and t.returned_at is null)
                     + (select count(*) from project_fund f join project p on p.id = f.project_id
                        join org_unit u on u.id = p.unit_id
                        where u.code = 'wuyingshan' and f.confirmed_at is null and f.returned_at is null)""").getSingleResult();
        assertThat(waiting.intValue()).isBetween(3, 5);
        long projects =
                em.createQuery("select count(p) from Project p", Long.class).getSingleResult();
        loader.load();
        assertThat(em.createQuery("select count(p) from Project p", Long.class).getSingleResult())
                .isEqualTo(projects);
    }

    /** The seeds' engagement: leaders led 14 outreach trips and the district held or attended 8 large events. */
    @Test
    @TestTransaction
    void theDemoYearHasFourteenLeaderLedTripsEightEventsAndAnOfficersWeekToDo() {
        loader.load();
        LocalDate today = BusinessDates.today();
        Number trips = (Number) inDemoYear("""
                select count(*) from trip where created_by = 'admin' and leader_name is not null
                and start_date between ?1 and ?2""");
        assertThat(trips.intValue()).isEqualTo(DemoEngagement.LEADER_LED_TRIPS);
        Number events = (Number) inDemoYear("""
                select count(*) from investment_event where created_by = 'admin' and held_on between ?1 and ?2""");
        assertThat(events.intValue()).isEqualTo(DemoEngagement.EVENTS);
        Number lateFollowUps =
                (Number) em.createNativeQuery("""
                select count(*) from visit where recorded_by = 'officer' and not follow_up_done and follow_up_on < ?1""").setParameter(1, today).getSingleResult();
        assertThat(lateFollowUps.intValue()).isGreaterThanOrEqualTo(2);
        Number lateLeads =
                (Number) em.createNativeQuery("""
                select count(*) from lead where received_by = 'officer' and status = 'OPEN' and next_due_on < ?1""").setParameter(1, today).getSingleResult();
        assertThat(lateLeads.intValue()).isGreaterThanOrEqualTo(1);
        // Entered through the services: no demo row the application would refuse, such as another firm's contact.
        Number foreignContacts = (Number) em.createNativeQuery("""
                select count(*) from visit_participant p join visit v on v.id = p.visit_id
                join enterprise_contact c on c.id = p.contact_id where c.enterprise_id <> v.enterprise_id""").getSingleResult();
        assertThat(foreignContacts.intValue()).isZero();
        long visits = em.createQuery("select count(v) from Visit v", Long.class).getSingleResult();
        loader.load();
        assertThat(em.createQuery("select count(v) from Visit v", Long.class).getSingleResult())
                .isEqualTo(visits);
    }

    @Inject
    ChainService chains;

    @Inject
    ChainLinks chainLinks;

    /**
     * The chain map: two full chains of 15+ nodes showing every coverage (some covered by a local 链主/骨干, some weak,
     * several gaps, at least two places to extend) and 2–6 ranked targets on every uncovered node; plus a small chain.
     */
    @Test
    @TestTransaction
    void theChainMapShowsEveryCoverageWithRankedTargetsOnEachGap() {
        loader.load();
        for (String name : List.of(DemoChains.NEW_MATERIALS, DemoChains.SMART_EQUIPMENT)) {
            Chain chain = Chain.<Chain>find("name", name).firstResult();
            assertThat(chain).as(name).isNotNull();
            ChainViews.Detail detail = chains.detail(chain.id);
            assertThat(detail.nodes()).as(name).hasSizeGreaterThanOrEqualTo(15);
            assertThat(detail.edges()).as(name).hasSizeGreaterThanOrEqualTo(15);
            assertThat(detail.summary().covered()).as(name + " covered").isGreaterThanOrEqualTo(2);
            assertThat(detail.summary().weak()).as(name + " weak").isGreaterThanOrEqualTo(2);
            assertThat(detail.summary().gaps()).as(name + " gaps").isGreaterThanOrEqualTo(4);
            assertThat(detail.summary().extend()).as(name + " extend").isGreaterThanOrEqualTo(2);
            Map<Long, List<ChainViews.Target>> targets = chainLinks.targetsByNode(
                    detail.nodes().stream().map(ChainViews.Node::id).toList());
            boolean scoresDiffer = false;
            for (ChainViews.Node node : detail.nodes()) {
                if (node.coverage() == Coverage.GAP || node.coverage() == Coverage.EXTEND) {
                    assertThat(node.targetCount()).as(node.name()).isBetween(2L, 6L);
                    List<ChainViews.Target> ranked = targets.get(node.id());
                    scoresDiffer |= ranked.stream()
                                    .map(ChainViews.Target::score)
                                    .distinct()
                                    .count()
                            > 1;
                }
                if (node.coverage() == Coverage.COVERED) {
                    assertThat(node.leaderCount()).as(node.name()).isPositive();
                }
            }
            assertThat(scoresDiffer)
                    .as(name + ": ranking tells candidates apart")
                    .isTrue();
        }
        assertThat(Chain.count("name", DemoChains.MEDICAL_DEVICES)).isEqualTo(1);
        long links = em.createQuery("select count(l) from ChainNodeEnterprise l", Long.class)
                .getSingleResult();
        loader.load();
        assertThat(em.createQuery("select count(l) from ChainNodeEnterprise l", Long.class)
                        .getSingleResult())
                .isEqualTo(links);
    }

    @Inject
    RankingService ranking;

    /** Every demo unit has targets this demo year and last, and the league table spreads around 序时进度. */
    @Test
    @TestTransaction
    void theDemoTargetsPutSomeUnitsAheadOfTimeProgressAndSomeBehind() {
        loader.load();
        LocalDate today = BusinessDates.today();
        int year = DemoProjects.demoYear(today);
        for (int y : new int[] {year, year - 1}) {
            Number units = (Number) em.createNativeQuery("""
                    select count(distinct t.unit_id) from unit_target t join unit_target_plan p on p.id = t.plan_id
                    join org_unit u on u.id = t.unit_id where p.year = ?1 and u.code = any(?2)""")
                    .setParameter(1, y)
                    .setParameter(
                            2,
                            DemoUnits.UNITS.stream()
                                    .map(DemoUnits.DemoUnit::code)
                                    .toArray(String[]::new))
                    .getSingleResult();
            assertThat(units.intValue()).as("units with targets in " + y).isEqualTo(DemoUnits.UNITS.size());
        }
        RankingView view = ranking.ranking(DemoProjects.lastDay(today));
        List<BigDecimal> ahead = view.units().stream()
                .flatMap(u -> u.metrics().stream())
                .filter(m -> m.metric() == Metric.FUNDS && m.aheadPoints() != null)
                .map(RankingScores.MetricResult::aheadPoints)
                .toList();
        assertThat(ahead).anyMatch(p -> p.signum() > 0).anyMatch(p -> p.signum() < 0);
        assertThat(view.units().stream()
                        .map(RankingView.UnitRanking::score)
                        .distinct()
                        .count())
                .isGreaterThan(10);
        assertThat(view.units().get(0).rank()).isEqualTo(1);
    }
}
