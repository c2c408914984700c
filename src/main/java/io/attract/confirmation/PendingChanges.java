package io.attract.confirmation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.attract.common.persistence.SqlValues;
import io.attract.confirmation.PendingChange.Kind;
import io.attract.project.ProjectStage;

/**
 * The lists of 审核: what waits for a unit head (live, unconfirmed, not sent back), and what was sent back to the
 * officer who recorded it and not yet superseded by a newer change of theirs (a stage change) or deleted (a fund).
 */
@ApplicationScoped
public class PendingChanges {

    private static final int MAX = 500;

    private static final String COLUMNS = """
            select %s as kind, x.id, p.id as project_id, p.code, p.name, u.id as unit_id, u.name as unit_name,
                   x.recorded_by, x.recorded_at, %s, x.returned_by, x.returned_at, x.return_reason,
                   (select coalesce(a.display_name, a.username) from app_user a where a.username = x.recorded_by),
                   (select coalesce(a.display_name, a.username) from app_user a where a.username = x.returned_by)
            """;

    private static final String STAGES = COLUMNS.formatted("'STAGE'",
            "x.from_stage, x.to_stage, x.effective_date, x.correction, x.note, null::date, null::numeric, null::numeric, null::varchar")
            + " from project_transition x join project p on p.id = x.project_id join org_unit u on u.id = p.unit_id";

    private static final String FUNDS = COLUMNS.formatted("'FUND'",
            "null::varchar, null::varchar, null::date, null::boolean, null::varchar, x.arrived_on, x.amount, x.foreign_usd, x.evidence")
            + " from project_fund x join project p on p.id = x.project_id join org_unit u on u.id = p.unit_id";

    @Inject
    EntityManager em;

    /** Waiting for the unit head: of one unit, or of every unit when {@code unit} is null; oldest first. */
    public List<PendingChange> waiting(Long unit) {
        String scope = unit == null ? "" : " and p.unit_id = :unit";
        var q = em.createNativeQuery(STAGES + " where x.confirmed_at is null and x.returned_at is null"
                + " and x.reverted_by_id is null" + scope + " union all " + FUNDS
                + " where x.confirmed_at is null and x.returned_at is null" + scope + " order by 9, 2 limit " + MAX);
        if (unit != null) {
            q.setParameter("unit", unit);
        }
        return rows(q.getResultList());
    }

    /** Sent back in the last 30 days to the officer who recorded them, and not yet superseded or deleted. */
    public List<PendingChange> returnedTo(String username, Instant since) {
        var q = em.createNativeQuery(STAGES + " where x.recorded_by = :who and x.returned_at > :since"
                + " and not exists (select 1 from project_transition n where n.project_id = x.project_id"
                + " and n.recorded_by = :who and n.recorded_at > x.returned_at)"
                + " union all " + FUNDS + " where x.recorded_by = :who and x.returned_at > :since"
                + " order by 12 desc, 2 limit " + MAX).setParameter("who", username).setParameter("since", since);
        return rows(q.getResultList());
    }

    /** One change, whatever its state (the answer to sending it back). */
    PendingChange one(Kind kind, long id) {
        String sql = (kind == Kind.STAGE ? STAGES : FUNDS) + " where x.id = :id";
        return rows(em.createNativeQuery(sql).setParameter("id", id).getResultList()).get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<PendingChange> rows(List<?> found) {
        return ((List<Object[]>) found).stream().map(PendingChanges::row).toList();
    }

    private static PendingChange row(Object[] r) {
        Kind kind = Kind.valueOf((String) r[0]);
        PendingChange.Stage stage = kind == Kind.STAGE ? new PendingChange.Stage(
                r[9] == null ? null : ProjectStage.valueOf((String) r[9]), ProjectStage.valueOf((String) r[10]),
                (LocalDate) r[11], Boolean.TRUE.equals(r[12]), (String) r[13]) : null;
        PendingChange.Fund fund = kind == Kind.FUND ? new PendingChange.Fund((LocalDate) r[14], (BigDecimal) r[15],
                (BigDecimal) r[16], (String) r[17]) : null;
        return new PendingChange(kind, ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), (String) r[3],
                (String) r[4], ((Number) r[5]).longValue(), (String) r[6], (String) r[7], SqlValues.instant(r[8]), stage, fund,
                (String) r[18], SqlValues.instant(r[19]), (String) r[20], name(r[21], r[7]), name(r[22], r[18]));
    }

    /** A person's display name, else their login (a user Attract has not seen yet). */
    private static String name(Object display, Object login) {
        return (String) (display != null ? display : login);
    }
}
