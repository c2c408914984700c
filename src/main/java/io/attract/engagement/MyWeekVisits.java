package io.attract.engagement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.attract.common.persistence.TupleRecords;
import io.attract.user.UnitScope;
import io.attract.visit.VisitIntent;
import io.attract.visit.VisitKind;
import io.attract.visit.VisitView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * My week's two lists of visits read as rows, not entities: one statement each, every row with the names of its
 * firm, trip, event, project, lead and unit and its participants (as JSON, in their order). My week shows no
 * totals, so nothing is counted. The filters are the visit list's ({@code VisitFilter.followUpsDue} and
 * {@code VisitFilter.between}): the caller's readable unit, and visits the person recorded or took part in.
 */
@ApplicationScoped
public class MyWeekVisits {

    private static final String ROW = """
            select v.id, v.visited_on as visitedOn, v.kind, v.enterprise_id as enterpriseId,
                   e.name as enterpriseName, v.summary, v.intent, v.next_step as nextStep,
                   v.follow_up_on as followUpOn, v.follow_up_done as followUpDone, v.trip_id as tripId,
                   t.title as tripTitle, v.event_id as eventId, ev.name as eventName, v.project_id as projectId,
                   p.name as projectName, v.lead_id as leadId, l.title as leadTitle, v.unit_id as unitId,
                   u.name as unitName, v.recorded_by as recordedBy, v.created_at as recordedAt, v.version,
                   (select cast(json_agg(json_build_array(vp.ours, vp.username, vp.name, vp.contact_id, vp.title)
                                         order by vp.position) as text)
                    from visit_participant vp where vp.visit_id = v.id) as participants
            from visit v
            join org_unit u on u.id = v.unit_id
            join enterprise e on e.id = v.enterprise_id
            left join trip t on t.id = v.trip_id
            left join investment_event ev on ev.id = v.event_id
            left join project p on p.id = v.project_id
            left join lead l on l.id = v.lead_id
            where""";

    private static final String PARTICIPANT = " and (v.recorded_by = :who or exists (select 1 from visit_participant w"
            + " where w.visit_id = v.id and w.username = :who))";

    @Inject
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    ObjectMapper json;

    /** Open follow-ups due by {@code by}, earliest first; {@code who} null: the whole unit's. */
    List<VisitView> followUpsDue(String who, LocalDate by, int max) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = readable(params) + (who == null ? "" : PARTICIPANT)
                + " and v.follow_up_on <= :by and v.follow_up_on is not null and v.follow_up_done = false";
        params.put("by", by);
        return list(where + " order by v.follow_up_on, v.id", who, params, max);
    }

    /** Visits made between {@code from} and {@code to}, latest first; {@code who} null: the whole unit's. */
    List<VisitView> between(String who, LocalDate from, LocalDate to, int max) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = readable(params) + " and v.visited_on >= :from and v.visited_on <= :to"
                + (who == null ? "" : PARTICIPANT);
        params.put("from", from);
        params.put("to", to);
        return list(where + " order by v.visited_on desc, v.id", who, params, max);
    }

    private String readable(Map<String, Object> params) {
        Long unit = scope.readableUnitId();
        if (unit == null) {
            return " 1 = 1";
        }
        params.put("unit", unit);
        return " v.unit_id = :unit";
    }

    private List<VisitView> list(String whereAndOrder, String who, Map<String, Object> params, int max) {
        if (who != null) {
            params.put("who", who);
        }
        Query query = em.createNativeQuery(ROW + whereAndOrder + " fetch first " + max + " rows only", Tuple.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return TupleRecords.map(rows, Row.class).stream().map(this::view).toList();
    }

    private record Row(
            long id,
            LocalDate visitedOn,
            VisitKind kind,
            Long enterpriseId,
            String enterpriseName,
            String summary,
            VisitIntent intent,
            String nextStep,
            LocalDate followUpOn,
            boolean followUpDone,
            Long tripId,
            String tripTitle,
            Long eventId,
            String eventName,
            Long projectId,
            String projectName,
            Long leadId,
            String leadTitle,
            Long unitId,
            String unitName,
            String recordedBy,
            Instant recordedAt,
            long version,
            String participants) {}

    private VisitView view(Row r) {
        List<VisitView.Ours> ours = new ArrayList<>();
        List<VisitView.Theirs> theirs = new ArrayList<>();
        if (r.participants() != null) {
            for (JsonNode p : parse(r.participants())) {
                if (p.get(0).asBoolean()) {
                    ours.add(new VisitView.Ours(text(p.get(1)), text(p.get(2))));
                } else {
                    theirs.add(new VisitView.Theirs(
                            p.get(3).isNull() ? null : p.get(3).asLong(), text(p.get(2)), text(p.get(4))));
                }
            }
        }
        return new VisitView(
                r.id(),
                r.visitedOn(),
                r.kind(),
                r.enterpriseId(),
                r.enterpriseName(),
                r.summary(),
                r.intent(),
                r.nextStep(),
                r.followUpOn(),
                r.followUpDone(),
                ours,
                theirs,
                r.tripId(),
                r.tripTitle(),
                r.eventId(),
                r.eventName(),
                r.projectId(),
                r.projectName(),
                r.leadId(),
                r.leadTitle(),
                r.unitId(),
                r.unitName(),
                r.recordedBy(),
                r.recordedAt(),
                scope.canWrite(r.unitId()),
                r.version());
    }

    private JsonNode parse(String participants) {
        try {
            return json.readTree(participants);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("participants not read as JSON: " + participants, e);
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
