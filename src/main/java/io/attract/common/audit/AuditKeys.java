package io.attract.common.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The business key of an audited record as a person knows it (project code and name, firm name, unit name …), one
 * query per entity type for a whole page. Native SQL over the tables, so the audit package depends on no feature
 * package (the tables are the contract Flyway keeps); a record that is gone has no key, and the caller says "#id".
 */
@ApplicationScoped
public class AuditKeys {

    private static final String PROJECT = "coalesce(p.code || ' ', '') || p.name";

    /** Per entity type: a select of (id, key) over all its rows; filtered by id when read. */
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("Project", "select p.id, " + PROJECT + " from project p"),
            Map.entry(
                    "ProjectTransition",
                    "select t.id, " + PROJECT + " from project_transition t join project p on p.id = t.project_id"),
            Map.entry(
                    "ProjectFund",
                    "select f.id, " + PROJECT + " from project_fund f join project p on p.id = f.project_id"),
            Map.entry(
                    "WorklogEntry",
                    "select w.id, " + PROJECT + " from project_worklog w join project p on p.id = w.project_id"),
            Map.entry(
                    "StallRule",
                    "select id, " + cases("stage", AuditCatalogue.STAGES) + " || ' · ' || "
                            + cases("kind", AuditCatalogue.STALL_KINDS) + " from stall_rule"),
            Map.entry("Enterprise", named("enterprise")),
            Map.entry(
                    "EnterpriseContact",
                    "select c.id, e.name || ' · ' || c.name from enterprise_contact c join enterprise e on e.id = c.enterprise_id"),
            Map.entry("Unit", named("org_unit")),
            Map.entry(
                    "UnitWebhook",
                    "select w.id, u.name || ' · 群机器人' from unit_webhook w join org_unit u on u.id = w.unit_id"),
            Map.entry("AppUser", "select id, coalesce(nullif(display_name, ''), username) from app_user"),
            Map.entry("Industry", named("industry")),
            Map.entry("Zone", named("zone")),
            Map.entry("Park", named("park")),
            Map.entry("Site", named("site")),
            Map.entry("Chain", named("chain")),
            Map.entry(
                    "ChainNode",
                    "select n.id, c.name || ' · ' || n.name from chain_node n join chain c on c.id = n.chain_id"),
            Map.entry("ChainEdge", """
                    select g.id, c.name || ' · ' || f.name || ' → ' || t.name from chain_edge g join chain c on c.id = g.chain_id
                    join chain_node f on f.id = g.from_node_id join chain_node t on t.id = g.to_node_id"""),
            Map.entry("ChainNodeEnterprise", """
                    select l.id, n.name || ' · ' || e.name from chain_node_enterprise l
                    join chain_node n on n.id = l.node_id join enterprise e on e.id = l.enterprise_id"""),
            Map.entry(
                    "Visit",
                    "select v.id, coalesce(e.name || ' · ', '') || v.visited_on from visit v left join enterprise e on e.id = v.enterprise_id"),
            Map.entry("Lead", "select id, title from lead"),
            Map.entry("Attachment", "select id, file_name from attachment"),
            Map.entry("LeadStep", "select s.id, l.title from lead_step s join lead l on l.id = s.lead_id"),
            Map.entry("LeadClockRule", "select id, '线索时限规则' from lead_clock_rule"),
            Map.entry("Holiday", "select id, day || ' ' || name from holiday"),
            Map.entry("Trip", "select id, title from trip"),
            Map.entry("InvestmentEvent", named("investment_event")),
            Map.entry("MonthClose", "select id, month from report_month_close"),
            Map.entry("DistrictSetting", "select id, '审核设置' from district_setting"),
            Map.entry("RankingRule", "select id, year || '年考核规则' from ranking_rule"),
            Map.entry("TargetPlan", "select id, year || '年目标' from unit_target_plan"),
            Map.entry("UnitTarget", """
                    select t.id, p.year || '年 · ' || u.name || ' · ' || %s from unit_target t
                    join unit_target_plan p on p.id = t.plan_id join org_unit u on u.id = t.unit_id""".formatted(cases("t.metric", AuditCatalogue.METRICS))));

    @Inject
    EntityManager em;

    public static boolean keyed(String type) {
        return KEYS.containsKey(type);
    }

    /** type → id → key, for the records that still exist. */
    public Map<String, Map<Long, String>> keys(Map<String, Set<Long>> idsByType) {
        Map<String, Map<Long, String>> keys = new HashMap<>();
        idsByType.forEach((type, ids) -> {
            String select = KEYS.get(type);
            if (select == null || ids.isEmpty()) {
                return;
            }
            Map<Long, String> found = keys.computeIfAbsent(type, t -> new HashMap<>());
            for (Object[] row : AuditKeys.<Object[]>rows(
                    em, "select k.* from (" + select + ") k(id, txt) where k.id in (:ids)", "ids", ids)) {
                found.put(((Number) row[0]).longValue(), (String) row[1]);
            }
        });
        return keys;
    }

    /** The ids of a type whose key contains the text (a filter typed as the record is known), at most 1000. */
    public List<String> idsMatching(String type, String text) {
        String select = KEYS.get(type);
        if (select == null) {
            return List.of();
        }
        return rows(
                        "select k.id from (" + select + ") k(id, txt) where k.txt ilike :text escape '\\' limit 1000",
                        "text",
                        "%" + like(text) + "%")
                .stream()
                .map(String::valueOf)
                .toList();
    }

    /** login → the person's display name (the login when they have none); logins Attract never saw are absent. */
    public Map<String, String> people(Collection<String> logins) {
        if (logins.isEmpty()) {
            return Map.of();
        }
        return AuditKeys.<Object[]>rows(
                        em,
                        "select username, coalesce(nullif(display_name, ''), username) from app_user where username in (:logins)",
                        "logins",
                        logins)
                .stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }

    /** The logins of the people whose login is the text or whose name contains it. */
    public List<String> loginsNamed(String text) {
        return rows(
                        "select username from app_user where username = :text or display_name ilike :like escape '\\'",
                        "text",
                        text,
                        "like",
                        "%" + like(text) + "%")
                .stream()
                .map(String::valueOf)
                .toList();
    }

    private <T> List<T> rows(String sql, Object... params) {
        return rows(em, sql, params);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(EntityManager em, String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i += 2) {
            query.setParameter((String) params[i], params[i + 1]);
        }
        return query.getResultList();
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String named(String table) {
        return "select id, name from " + table;
    }

    private static String cases(String column, Map<String, String> labels) {
        StringBuilder sql = new StringBuilder("case " + column);
        labels.forEach((value, label) -> sql.append(" when '")
                .append(value)
                .append("' then '")
                .append(label)
                .append('\''));
        return sql.append(" else ").append(column).append(" end").toString();
    }
}
