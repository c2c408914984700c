package io.attract.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attract.common.error.ApiException;
import io.attract.common.persistence.ReadReplica;
import io.attract.common.persistence.ReadSnapshot;
import io.attract.common.persistence.TupleRecords;
import io.attract.common.time.BusinessDates;
import io.attract.user.AppUserRepository;
import io.attract.user.CurrentUser;
import io.attract.user.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * 月结: closing a month stores its report as published; from then on the month answers with those figures, beside
 * the live ones and the entries recorded after the close that explain any difference. A unit head reads the
 * district's figures whole but only their own unit's project lines (see {@link #ledgerUnit()}).
 */
@ApplicationScoped
@Transactional
public class MonthCloses {

    @Inject
    MonthlyReportService reports;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentUser me;

    @Inject
    AppUserRepository users;

    @Inject
    UnitScope scope;

    @Inject
    EntityManager em;

    @Inject
    @ReadReplica
    EntityManager replica;

    @Inject
    ReadSnapshot snapshot;

    /**
     * The month as the caller may read it: open, computed now; closed, as published, narrowed at read time. The live
     * figures and the adjustments are read from the read replica, and the report says when they were current.
     */
    public MonthlyReport report(String month) {
        return report(month, reports.live(month), replica).withDataAsOf(snapshot.dataAsOf());
    }

    /** After a write (close, reopen): the month as the primary has it, current now. */
    private MonthlyReport reportOnPrimary(String month) {
        return report(month, reports.liveOnPrimary(month), em).withDataAsOf(Instant.now());
    }

    private MonthlyReport report(String month, MonthlyReport live, EntityManager source) {
        Long unit = ledgerUnit();
        Optional<MonthClose> close = find(month).filter(MonthClose::closed);
        if (close.isEmpty()) {
            return scoped(live.with(new MonthlyReport.Publication("OPEN", null, null, null, null, List.of())), unit);
        }
        MonthClose c = close.get();
        MonthlyReport published = read(c.snapshot);
        return scoped(
                published.with(new MonthlyReport.Publication(
                        "CLOSED",
                        c.closedAt,
                        c.closedBy,
                        nameOf(c.closedBy),
                        live.summary(),
                        adjustments(source, published.to(), c.closedAt, unit))),
                unit);
    }

    /**
     * The unit whose project lines (ledger rows, adjustments) the caller reads, null for every unit's: the unit rule
     * of ADR 0013, so a unit head reads only their own unit's ({@link UnitScope#NO_UNIT} without one) and leaders,
     * stats and admins the district's. Should the district let unit heads read the whole ledger, answer null here.
     */
    private Long ledgerUnit() {
        return scope.readableUnitId();
    }

    private MonthlyReport scoped(MonthlyReport report, Long unit) {
        if (unit == null) {
            return report;
        }
        return unit == UnitScope.NO_UNIT
                ? report.onlyUnit(new MonthlyReport.LedgerScope(null, null))
                : report.onlyUnit(new MonthlyReport.LedgerScope(
                        unit, me.unit().map(u -> u.name).orElse(null)));
    }

    public MonthlyReport close(String month) {
        YearMonth ym = MonthlyReportService.parse(month);
        if (!ym.atEndOfMonth().isBefore(BusinessDates.today())) {
            throw ApiException.invalid("month", "report.month_not_over", ym + " 尚未结束，月末之后才能月结。");
        }
        MonthClose c = find(ym.toString()).orElseGet(MonthClose::new);
        if (c.id != null && c.closed()) {
            throw ApiException.conflict(
                    "report.month_closed",
                    ym + " 已于 " + BusinessDates.minute(c.closedAt) + " 由 " + nameOf(c.closedBy) + " 月结。");
        }
        c.month = ym.toString();
        c.closedAt = Instant.now();
        c.closedBy = me.username();
        c.snapshot = write(reports.liveOnPrimary(c.month));
        c.reopenedAt = null;
        c.reopenedBy = null;
        c.reopenReason = null;
        c.persistAndFlush();
        return reportOnPrimary(c.month);
    }

    public MonthlyReport reopen(String month, String reason) {
        YearMonth ym = MonthlyReportService.parse(month);
        MonthClose c = find(ym.toString())
                .filter(MonthClose::closed)
                .orElseThrow(() -> ApiException.conflict("report.month_open", ym + " 尚未月结，无需重新打开。"));
        c.reopenedAt = Instant.now();
        c.reopenedBy = me.username();
        c.reopenReason = reason.strip();
        em.flush();
        return reportOnPrimary(c.month);
    }

    /** A person's name as people see it (the login when the person has none on record). */
    private String nameOf(String username) {
        return username == null
                ? null
                : users.findByUsername(username)
                        .map(u -> u.displayName)
                        .filter(n -> n != null && !n.isBlank())
                        .orElse(username);
    }

    private Optional<MonthClose> find(String month) {
        return MonthClose.find("month", month).firstResultOptional();
    }

    /**
     * Stage changes and funds dated on or before the month's end but confirmed (审核) after it was closed; of one unit's
     * projects, or of all when {@code unit} is null.
     */
    private List<MonthlyReport.Adjustment> adjustments(
            EntityManager source, LocalDate to, Instant closedAt, Long unit) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = source.createNativeQuery("""
                select 'TRANSITION' as kind, p.id as projectId, p.code as projectCode, p.name as projectName,
                       t.effective_date as businessDate, t.recorded_at as recordedAt, t.recorded_by as recordedBy,
                       (select coalesce(a.display_name, a.username) from app_user a where a.username = t.recorded_by)
                           as recordedByName,
                       coalesce(t.from_stage, '') || '→' || t.to_stage || case when t.correction then '（更正）' else '' end
                           as detail,
                       t.note
                from project_transition t join project p on p.id = t.project_id
                where t.effective_date <= :to and t.confirmed_at > :closed
                  and (cast(:unit as bigint) is null or p.unit_id = :unit)
                union all
                select 'FUND', p.id, p.code, p.name, f.arrived_on, f.recorded_at, f.recorded_by,
                       (select coalesce(a.display_name, a.username) from app_user a where a.username = f.recorded_by),
                       f.amount || ' 万元', f.evidence
                from project_fund f join project p on p.id = f.project_id
                where f.arrived_on <= :to and f.confirmed_at > :closed
                  and (cast(:unit as bigint) is null or p.unit_id = :unit)
                order by 6""", Tuple.class)
                .setParameter("to", to)
                .setParameter("closed", closedAt)
                .setParameter("unit", unit)
                .getResultList();
        return TupleRecords.map(rows, MonthlyReport.Adjustment.class);
    }

    private String write(MonthlyReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the month's report", e);
        }
    }

    private MonthlyReport read(String snapshot) {
        try {
            return json.readValue(snapshot, MonthlyReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the published report", e);
        }
    }
}
