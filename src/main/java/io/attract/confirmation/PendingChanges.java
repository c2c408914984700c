package io.attract.confirmation;

import io.attract.common.persistence.TupleRecords;
import io.attract.confirmation.PendingChange.Kind;
import io.attract.project.ProjectStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The lists of 审核: what waits for a unit head (live, unconfirmed, not sent back), and what was sent back to the
 * officer who recorded it and not yet superseded by a newer change of theirs (a stage change) or deleted (a fund).
 */
@ApplicationScoped
public class PendingChanges {

    private static final int MAX = 500;

    private static final String COLUMNS = """
            select %s as kind, x.id, p.id as projectId, p.code as projectCode, p.name as projectName,
                   u.id as unitId, u.name as unitName, x.recorded_by as recordedBy, x.recorded_at as recordedAt, %s,
                   x.returned_by as returnedBy, x.returned_at as returnedAt, x.return_reason as reason,
                   (select coalesce(a.display_name, a.username) from app_user a where a.username = x.recorded_by)
                       as recordedByName,
                   (select coalesce(a.display_name, a.username) from app_user a where a.username = x.returned_by)
                       as returnedByName
            """;

    private static final String STAGES = stages("project_transition");

    private static final String FUNDS = funds("project_fund");

    /** What waits for the unit head: V24's views, the one definition of 待审核. */
    private static final String WAITING =
            stages("waiting_transition") + " where true%1$s union all " + funds("waiting_fund") + " where true%1$s";

    private static String stages(String table) {
        return COLUMNS.formatted(
                        "'STAGE'",
                        "x.from_stage as fromStage, x.to_stage as toStage, x.effective_date as effectiveDate, x.correction,"
                                + " x.note, null::date as arrivedOn, null::numeric as amount, null::numeric as foreignUsd,"
                                + " null::varchar as evidence")
                + " from " + table + " x join project p on p.id = x.project_id join org_unit u on u.id = p.unit_id";
    }

    private static String funds(String table) {
        return COLUMNS.formatted(
                        "'FUND'",
                        "null::varchar as fromStage, null::varchar as toStage, null::date as effectiveDate,"
                                + " null::boolean as correction, null::varchar as note, x.arrived_on as arrivedOn, x.amount,"
                                + " x.foreign_usd as foreignUsd, x.evidence")
                + " from " + table + " x join project p on p.id = x.project_id join org_unit u on u.id = p.unit_id";
    }

    @Inject
    EntityManager em;

    /** Waiting for the unit head: of one unit, or of every unit when {@code unit} is null; oldest first. */
    public List<PendingChange> waiting(Long unit) {
        String scope = unit == null ? "" : " and p.unit_id = :unit";
        var q = em.createNativeQuery(WAITING.formatted(scope) + " order by recordedAt, id limit " + MAX, Tuple.class);
        if (unit != null) {
            q.setParameter("unit", unit);
        }
        return rows(q.getResultList());
    }

    /** How many changes wait for the unit head (the bell's count): of one unit, or of every unit. */
    public long waitingCount(Long unit) {
        String scope = unit == null ? "" : " and p.unit_id = :unit";
        var q = em.createNativeQuery("""
                select (select count(*) from waiting_transition x join project p on p.id = x.project_id
                        where true %1$s)
                     + (select count(*) from waiting_fund x join project p on p.id = x.project_id
                        where true %1$s)""".formatted(scope));
        if (unit != null) {
            q.setParameter("unit", unit);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    /** Sent back in the last 30 days to the officer who recorded them, and not yet superseded or deleted. */
    public List<PendingChange> returnedTo(String username, Instant since) {
        var q = em.createNativeQuery(
                        STAGES + " where x.recorded_by = :who and x.returned_at > :since"
                                + " and not exists (select 1 from project_transition n where n.project_id = x.project_id"
                                + " and n.recorded_by = :who and n.recorded_at > x.returned_at)"
                                + " union all " + FUNDS + " where x.recorded_by = :who and x.returned_at > :since"
                                + " order by returnedAt desc, id limit " + MAX,
                        Tuple.class)
                .setParameter("who", username)
                .setParameter("since", since);
        return rows(q.getResultList());
    }

    /** One change, whatever its state (the answer to sending it back). */
    PendingChange one(Kind kind, long id) {
        String sql = (kind == Kind.STAGE ? STAGES : FUNDS) + " where x.id = :id";
        return rows(em.createNativeQuery(sql, Tuple.class)
                        .setParameter("id", id)
                        .getResultList())
                .get(0);
    }

    /** One row of either list, by column name. */
    record Row(
            String kind,
            long id,
            long projectId,
            String projectCode,
            String projectName,
            long unitId,
            String unitName,
            String recordedBy,
            Instant recordedAt,
            ProjectStage fromStage,
            ProjectStage toStage,
            LocalDate effectiveDate,
            boolean correction,
            String note,
            LocalDate arrivedOn,
            BigDecimal amount,
            BigDecimal foreignUsd,
            String evidence,
            String returnedBy,
            Instant returnedAt,
            String reason,
            String recordedByName,
            String returnedByName) {

        PendingChange change() {
            Kind k = Kind.valueOf(kind);
            return new PendingChange(
                    k,
                    id,
                    projectId,
                    projectCode,
                    projectName,
                    unitId,
                    unitName,
                    recordedBy,
                    recordedAt,
                    k == Kind.STAGE
                            ? new PendingChange.Stage(fromStage, toStage, effectiveDate, correction, note)
                            : null,
                    k == Kind.FUND ? new PendingChange.Fund(arrivedOn, amount, foreignUsd, evidence) : null,
                    returnedBy,
                    returnedAt,
                    reason,
                    recordedByName,
                    returnedByName);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<PendingChange> rows(List<?> found) {
        return TupleRecords.map((List<Tuple>) found, Row.class).stream()
                .map(Row::change)
                .toList();
    }
}
