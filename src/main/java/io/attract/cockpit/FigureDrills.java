package io.attract.cockpit;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.TupleRecords;
import io.attract.figures.FigureCatalogue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Drill-downs of the cockpit's figures, by the same rules of V19 the figures use ({@code new_stage},
 * {@code signed_or_later_on}, {@code counted_fund}): the list's count and total are the figure.
 */
@ApplicationScoped
class FigureDrills {

    private static final int MAX = 2000;

    private static final String NEW = "new_stage(p.negotiating_on, p.signed_on, p.landed_on, :from, :to)";

    /** Per figure: the condition on a project (count figures) or the fund column summed (money figures). */
    private static final Map<String, String> PROJECTS = Map.of(
            FigureCatalogue.NEW_PROJECTS, NEW + " > 0",
            FigureCatalogue.COUNTED_INVESTMENT, NEW + " > 0",
            FigureCatalogue.NEW_NEGOTIATING, NEW + " = 1",
            FigureCatalogue.NEW_SIGNED, NEW + " = 2",
            FigureCatalogue.NEW_LANDED, NEW + " = 3",
            FigureCatalogue.SIGNED_PROJECTS, "p.signed_or_later_on between :from and :to");

    private static final Map<String, String> FUNDS = Map.of(
            FigureCatalogue.FUNDS, "amount",
            FigureCatalogue.FOREIGN_USD, "foreign_usd");

    @Inject
    EntityManager em;

    FigureDrill drill(String figure, FigureDrill.Period period, LocalDate asOf, Long unit, Long industry, Long zone) {
        LocalDate from = period.from(asOf);
        LocalDate to = period.to(asOf);
        String scope = (unit == null ? "" : " and p.unit_id = :unit")
                + (industry == null ? "" : " and p.industry_id = :industry")
                + (zone == null ? "" : " and p.zone_id = :zone");
        String sql;
        if (PROJECTS.containsKey(figure)) {
            String value = figure.equals(FigureCatalogue.COUNTED_INVESTMENT) ? "p.counted_investment" : "null::numeric";
            sql = """
                    select p.id as projectId, p.code, p.name, u.name as unitName, p.stage, %s as value
                    from project p join org_unit u on u.id = p.unit_id
                    where %s %s order by p.code limit %d""".formatted(value, PROJECTS.get(figure), scope, MAX);
        } else if (FUNDS.containsKey(figure)) {
            sql = """
                    select p.id as projectId, p.code, p.name, u.name as unitName, p.stage, f.value from project p
                    join org_unit u on u.id = p.unit_id
                    join (select project_id, sum(%s) as value from counted_fund
                          where arrived_on between :from and :to group by project_id) f on f.project_id = p.id
                    where f.value > 0 %s order by f.value desc, p.code limit %d""".formatted(FUNDS.get(figure), scope, MAX);
        } else {
            throw ApiException.notFound("cockpit.no_drill", "该指标没有项目明细。");
        }
        Query q = em.createNativeQuery(sql, Tuple.class)
                .setParameter("from", from)
                .setParameter("to", to);
        if (unit != null) {
            q.setParameter("unit", unit);
        }
        if (industry != null) {
            q.setParameter("industry", industry);
        }
        if (zone != null) {
            q.setParameter("zone", zone);
        }
        @SuppressWarnings("unchecked")
        List<FigureDrill.Item> items = TupleRecords.map((List<Tuple>) q.getResultList(), FigureDrill.Item.class);
        boolean money = FUNDS.containsKey(figure) || figure.equals(FigureCatalogue.COUNTED_INVESTMENT);
        BigDecimal total = money
                ? items.stream()
                        .map(i -> i.value() == null ? BigDecimal.ZERO : i.value())
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                : BigDecimal.valueOf(items.size());
        return new FigureDrill(figure, period.name(), from, to, items.size(), total, items);
    }
}
