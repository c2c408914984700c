package io.attract.engagement;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.attract.user.UnitScope;
import io.attract.visit.VisitIntent;
import io.attract.visit.VisitKind;
import io.attract.visit.VisitView;

/**
 * My week's two lists of visits read as rows, not entities: one statement each, every row with the names of its
 * firm, trip, event, project, lead and unit and its participants (as JSON, in their order). My week shows no
 * totals, so nothing is counted. The filters are the visit list's ({@code VisitFilter.followUpsDue} and
 * {@code VisitFilter.between}): the caller's readable unit, and visits the person recorded or took part in.
 */
@ApplicationScoped
public class MyWeekVisits {

    private static final String ROW = """
            select v.id, v.visited_on, v.kind, v.enterprise_id, e.name as enterprise_name, v.summary, v.intent,
                   v.next_step, v.follow_up_on, v.follow_up_done, v.trip_id, t.title as trip_title, v.event_id,
                   ev.name as event_name, v.project_id, p.name as project_name, v.lead_id, l.title as lead_title,
                   v.unit_id, u.name as unit_name, v.recorded_by, v.created_at, v.version,
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
        Query query = em.createNativeQuery(ROW + whereAndOrder + " fetch first " + max + " rows only");
        params.forEach(query::setParameter);
        List<VisitView> visits = new ArrayList<>();
        for (Object row : query.getResultList()) {
            visits.add(view((Object[]) row));
        }
        return visits;
    }

    private VisitView view(Object[] r) {
        List<VisitView.Ours> ours = new ArrayList<>();
        List<VisitView.Theirs> theirs = new ArrayList<>();
        if (r[23] != null) {
            for (JsonNode p : parse((String) r[23])) {
                if (p.get(0).asBoolean()) {
                    ours.add(new VisitView.Ours(text(p.get(1)), text(p.get(2))));
                } else {
                    theirs.add(new VisitView.Theirs(p.get(3).isNull() ? null : p.get(3).asLong(), text(p.get(2)),
                            text(p.get(4))));
                }
            }
        }
        Long unitId = id(r[18]);
        return new VisitView(id(r[0]), date(r[1]), VisitKind.valueOf((String) r[2]), id(r[3]), (String) r[4],
                (String) r[5], VisitIntent.valueOf((String) r[6]), (String) r[7], date(r[8]), (Boolean) r[9],
                ours, theirs, id(r[10]), (String) r[11], id(r[12]), (String) r[13], id(r[14]), (String) r[15],
                id(r[16]), (String) r[17], unitId, (String) r[19], (String) r[20], instant(r[21]),
                scope.canWrite(unitId), id(r[22]));
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

    private static Long id(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return ((Timestamp) o).toInstant();
    }
}
