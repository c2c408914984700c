package io.attract.report;

import io.attract.common.persistence.TupleRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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

    /** The report's lines read through {@code em}: the read replica's session, or the primary's for a month close. */
    List<ReportRow> rows(EntityManager em, LocalDate monthStart, LocalDate to) {
        LocalDate yearStart = to.withDayOfYear(1);
        String sql = """
                select p.id, p.code, p.name, p.pool,
                  (select t.to_stage from project_transition t where t.project_id = p.id and t.counted
                   and t.effective_date <= :to order by t.effective_date desc, t.recorded_at desc, t.id desc limit 1)
                      as stage,
                  p.key_project as keyProject,
                  inv.investors, inv.credit_codes as creditCodes,
                  p.origin_tier as originTier, ind.name as industry, p.industry_code as industryCode, z.name as zone,
                  pk.name as park, p.street, p.construction_content as constructionContent,
                  p.attraction_method as attractionMethod, p.source, p.total_investment as totalInvestment,
                  p.fixed_asset_investment as fixedAssetInvestment, p.contract_foreign_usd as contractForeignUsd,
                  coalesce(f.month, 0) as fundsMonth, coalesce(f.year, 0) as fundsYearToDate,
                  coalesce(f.all_time, 0) as fundsAllTime, coalesce(f.usd_month, 0) as foreignUsdMonth,
                  coalesce(f.usd_year, 0) as foreignUsdYearToDate,
                  case when p.negotiating_on <= :to then p.negotiating_on end as negotiatingOn,
                  case when p.signed_on <= :to then p.signed_on end as signedOn,
                  case when p.registered_on <= :to then p.registered_on end as registeredOn,
                  case when p.construction_on <= :to then p.construction_on end as constructionOn,
                  case when p.operating_on <= :to then p.operating_on end as operatingOn,
                  p.sponsor_leader as sponsorLeader, u.id as unitId, u.name as unitName,
                  p.owner_username as ownerUsername, ind.id as industryId,
                  %s as newThisMonth, %s as newThisYear, p.counted_investment as countedInvestment
                from project p
                join org_unit u on u.id = p.unit_id
                left join industry ind on ind.id = p.industry_id
                left join zone z on z.id = p.zone_id
                left join park pk on pk.id = p.park_id
                left join lateral (select string_agg(e.name, '、' order by i.position) as investors,
                                          string_agg(e.credit_code, '、' order by i.position) as credit_codes
                                   from project_investor i join enterprise e on e.id = i.enterprise_id
                                   where i.project_id = p.id) inv on true
                left join (select project_id,
                             sum(amount) filter (where arrived_on >= :monthStart) as month,
                             sum(amount) filter (where arrived_on >= :yearStart) as year,
                             sum(amount) as all_time,
                             sum(foreign_usd) filter (where arrived_on >= :monthStart) as usd_month,
                             sum(foreign_usd) filter (where arrived_on >= :yearStart) as usd_year
                           from counted_fund where arrived_on <= :to group by project_id) f on f.project_id = p.id
                where %s is not null or coalesce(f.year, 0) > 0
                order by u.name, p.code""".formatted(bucket(":monthStart"), bucket(":yearStart"), bucket(":yearStart"));
        @SuppressWarnings("unchecked")
        List<Tuple> found = em.createNativeQuery(sql, Tuple.class)
                .setParameter("to", to)
                .setParameter("monthStart", monthStart)
                .setParameter("yearStart", yearStart)
                .getResultList();
        return TupleRecords.map(found, ReportRow.class);
    }

    /** Last year's same period, for 同比: new projects (each once, at its furthest stage), funds and FDI. */
    record LastYear(long newProjects, BigDecimal funds, BigDecimal foreignUsd) {}

    LastYear lastYear(EntityManager em, LocalDate to) {
        LocalDate lastTo = to.minusYears(1);
        Tuple found = (Tuple) em.createNativeQuery("""
                select count(*) filter (where b is not null) as newProjects,
                  (select coalesce(sum(amount), 0) from counted_fund where arrived_on between :yearStart and :to)
                      as funds,
                  (select coalesce(sum(foreign_usd), 0) from counted_fund where arrived_on between :yearStart and :to)
                      as foreignUsd
                from (select %s as b from project p) x""".formatted(bucket(":yearStart")), Tuple.class)
                .setParameter("to", lastTo)
                .setParameter("yearStart", lastTo.withDayOfYear(1))
                .getSingleResult();
        return TupleRecords.map(found, LastYear.class);
    }
}
