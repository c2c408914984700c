package io.attract.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The report's one detail query: every project new this year or with funds this year, as of {@code :to}. The
 * summary and breakdowns are sums of these rows, so the sheets tie out by construction; the counting rules are V19's
 * ({@code new_stage}, {@code landed_on}, {@code counted_fund}, counted transitions), the cockpit's and the ranking's.
 */
@ApplicationScoped
class ReportQueries {

    private static String bucket(String from) {
        return "(array['NEGOTIATING', 'SIGNED', 'LANDED'])[nullif(new_stage(p.negotiating_on, p.signed_on, p.landed_on, "
                + from + ", :to), 0)]";
    }

    @Inject
    EntityManager em;

    List<ReportRow> rows(LocalDate monthStart, LocalDate to) {
        LocalDate yearStart = to.withDayOfYear(1);
        String sql = """
                select p.id, p.code, p.name, p.pool,
                  (select t.to_stage from project_transition t where t.project_id = p.id and t.counted
                   and t.effective_date <= :to order by t.effective_date desc, t.recorded_at desc, t.id desc limit 1),
                  p.key_project,
                  (select string_agg(e.name, '、' order by i.position) from project_investor i
                   join enterprise e on e.id = i.enterprise_id where i.project_id = p.id),
                  (select string_agg(e.credit_code, '、' order by i.position) from project_investor i
                   join enterprise e on e.id = i.enterprise_id where i.project_id = p.id),
                  p.origin_tier, ind.name, p.industry_code, z.name, pk.name, p.street, p.construction_content,
                  p.attraction_method, p.source, p.total_investment, p.fixed_asset_investment, p.contract_foreign_usd,
                  coalesce(f.month, 0), coalesce(f.year, 0), coalesce(f.all_time, 0), coalesce(f.usd_month, 0),
                  coalesce(f.usd_year, 0),
                  case when p.negotiating_on <= :to then p.negotiating_on end,
                  case when p.signed_on <= :to then p.signed_on end,
                  case when p.registered_on <= :to then p.registered_on end,
                  case when p.construction_on <= :to then p.construction_on end,
                  case when p.operating_on <= :to then p.operating_on end,
                  p.sponsor_leader, u.id, u.name, p.owner_username, ind.id,
                  %s, %s, p.counted_investment
                from project p
                join org_unit u on u.id = p.unit_id
                left join industry ind on ind.id = p.industry_id
                left join zone z on z.id = p.zone_id
                left join park pk on pk.id = p.park_id
                left join (select project_id,
                             sum(amount) filter (where arrived_on >= :monthStart) as month,
                             sum(amount) filter (where arrived_on >= :yearStart) as year,
                             sum(amount) as all_time,
                             sum(foreign_usd) filter (where arrived_on >= :monthStart) as usd_month,
                             sum(foreign_usd) filter (where arrived_on >= :yearStart) as usd_year
                           from counted_fund where arrived_on <= :to group by project_id) f on f.project_id = p.id
                where %s is not null or coalesce(f.year, 0) > 0
                order by u.name, p.code""".formatted(bucket(":monthStart"), bucket(":yearStart"),
                bucket(":yearStart"));
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(sql).setParameter("to", to).setParameter("monthStart", monthStart)
                .setParameter("yearStart", yearStart).getResultList();
        return found.stream().map(ReportQueries::row).toList();
    }

    private static ReportRow row(Object[] r) {
        return new ReportRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (Boolean) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                (String) r[11], (String) r[12], (String) r[13], (String) r[14], (String) r[15], (String) r[16],
                (BigDecimal) r[17], (BigDecimal) r[18], (BigDecimal) r[19], (BigDecimal) r[20], (BigDecimal) r[21],
                (BigDecimal) r[22], (BigDecimal) r[23], (BigDecimal) r[24], (LocalDate) r[25], (LocalDate) r[26],
                (LocalDate) r[27], (LocalDate) r[28], (LocalDate) r[29], (String) r[30],
                r[31] == null ? null : ((Number) r[31]).longValue(), (String) r[32], (String) r[33],
                r[34] == null ? null : ((Number) r[34]).longValue(), (String) r[35], (String) r[36], (BigDecimal) r[37]);
    }

    /** Last year's same period, for 同比: new projects at their furthest stage and funds. */
    Object[] lastYear(LocalDate to) {
        LocalDate lastTo = to.minusYears(1);
        return (Object[]) em.createNativeQuery("""
                select count(*) filter (where b is not null),
                  (select coalesce(sum(amount), 0) from counted_fund where arrived_on between :yearStart and :to),
                  (select coalesce(sum(foreign_usd), 0) from counted_fund where arrived_on between :yearStart and :to)
                from (select %s as b from project p) x""".formatted(bucket(":yearStart")))
                .setParameter("to", lastTo).setParameter("yearStart", lastTo.withDayOfYear(1)).getSingleResult();
    }
}
