package io.attract.project;

import io.attract.common.persistence.HqlWhere;
import io.attract.common.persistence.SortParam;
import io.attract.common.persistence.TupleRecords;
import io.attract.enterprise.SearchKeys;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The list and the board read as rows, not entities: one statement answers a page with its count, and one the
 * board's columns, each row carrying its unit, industry and zone names, its investors' names and whether anything
 * of it waits for the unit head. The filter is {@link ProjectFilter}'s, in SQL. Whether a row waits is asked with
 * {@code limit 1} subqueries, not {@code exists}: PostgreSQL would hash every pending change of the district for
 * {@code exists} (tens of thousands of fund entries at province scale), where the limit probes the two partial
 * pending indexes per row (3× faster for a unit's board).
 */
@ApplicationScoped
public class ProjectListQueries {

    /** Sortable properties (the API's keys as {@link ProjectRepository#SORTS} maps them, and the id) to columns. */
    private static final Map<String, String> COLUMNS = Map.of(
            "updatedAt",
            "updated_at",
            "name",
            "name",
            "code",
            "code",
            "totalInvestment",
            "total_investment",
            "stageSince",
            "stage_since",
            "id",
            "id");

    private static final String ROW = """
            select p.id, p.code, p.name, p.stage, p.pool, p.key_project as keyProject, p.unit_id as unitId,
                   u.name as unitName, p.owner_username as ownerUsername, p.sponsor_leader as sponsorLeader,
                   p.industry_id as industryId, i.name as industryName, p.zone_id as zoneId, z.name as zoneName,
                   array(select e.name from project_investor pi join enterprise e on e.id = pi.enterprise_id
                         where pi.project_id = p.id order by pi.position) as investorNames,
                   p.total_investment as totalInvestment, p.stage_since as stageSince,
                   p.last_worklog_on as lastWorklogOn, p.version,
                   coalesce((select true from waiting_transition t where t.project_id = p.id limit 1),
                            (select true from waiting_fund f where f.project_id = p.id limit 1), false)
                       as pendingConfirmation""";

    private static final String JOINS = """
            join org_unit u on u.id = p.unit_id
            left join industry i on i.id = p.industry_id
            left join zone z on z.id = p.zone_id""";

    @Inject
    EntityManager em;

    /** A page and its count, capped: {@code counted} is at most {@code cap + 1}. */
    public record Page(List<Row> rows, int counted) {}

    /** A list row as read, before the stall rules are applied. */
    public record Row(
            long id,
            String code,
            String name,
            ProjectStage stage,
            ProjectPool pool,
            boolean keyProject,
            long unitId,
            String unitName,
            String ownerUsername,
            String sponsorLeader,
            Long industryId,
            String industryName,
            Long zoneId,
            String zoneName,
            List<String> investorNames,
            BigDecimal totalInvestment,
            LocalDate stageSince,
            LocalDate lastWorklogOn,
            long version,
            boolean pendingConfirmation) {}

    /** One statement: the page's rows in order, each with the count of matches up to {@code cap + 1}. */
    public Page page(
            ProjectFilter filter, List<StallRule> rules, LocalDate today, Sort sort, long offset, int size, int cap) {
        Where where = where(filter, rules, today);
        String sql = "with page as (select p.* from project p where " + where.sql + " order by " + orderBy(sort)
                + " offset " + offset + " rows fetch first " + size + " rows only),\n"
                + "matches as (select count(*) as n from (select 1 from project p where " + where.sql
                + " fetch first " + (cap + 1) + " rows only) m)\n"
                + ROW.replace("select p.id,", "select m.n as counted, p.id,") + "\nfrom matches m left join (page p "
                + JOINS + ") on true\norder by " + orderBy(sort);
        Query query = em.createNativeQuery(sql, Tuple.class);
        where.bind(query);
        @SuppressWarnings("unchecked")
        List<Tuple> found = query.getResultList();
        // One row without a project when the page is empty: it still carries the count.
        int counted = found.isEmpty() ? 0 : ((Number) found.get(0).get("counted")).intValue();
        List<Tuple> projects = found.stream().filter(t -> t.get("id") != null).toList();
        return new Page(TupleRecords.map(projects, Row.class, "counted"), counted);
    }

    /** The matches per stage. */
    public Map<ProjectStage, Long> countByStage(ProjectFilter filter, List<StallRule> rules, LocalDate today) {
        Where where = where(filter, rules, today);
        Query query = em.createNativeQuery(
                "select p.stage, count(*) as n from project p where " + where.sql + " group by p.stage", Tuple.class);
        where.bind(query);
        Map<ProjectStage, Long> counts = new EnumMap<>(ProjectStage.class);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        for (StageCount r : TupleRecords.map(rows, StageCount.class)) {
            counts.put(r.stage(), r.n());
        }
        return counts;
    }

    /** One statement for the board: the newest {@code size} matches (by stage change) of each stage given. */
    public Map<ProjectStage, List<Row>> columns(
            ProjectFilter filter, List<StallRule> rules, LocalDate today, Collection<ProjectStage> stages, int size) {
        Map<ProjectStage, List<Row>> columns = new LinkedHashMap<>();
        stages.forEach(stage -> columns.put(stage, new ArrayList<>()));
        if (stages.isEmpty()) {
            return columns;
        }
        Where where = where(filter, rules, today);
        // Enum names, not user input: written into the statement so each column is its own index scan.
        String values = String.join(
                ", ",
                stages.stream()
                        .map(s -> "('" + s.name() + "', " + s.ordinal() + ")")
                        .toList());
        String sql = ROW + "\nfrom (values " + values + ") as s(stage, n)\n"
                + "cross join lateral (select p.* from project p where p.stage = s.stage and " + where.sql
                + " order by p.stage_since desc, p.id desc fetch first " + size + " rows only) p\n" + JOINS
                + "\norder by s.n, p.stage_since desc, p.id desc";
        Query query = em.createNativeQuery(sql, Tuple.class);
        where.bind(query);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        for (Row r : TupleRecords.map(rows, Row.class)) {
            columns.get(r.stage()).add(r);
        }
        return columns;
    }

    private record StageCount(ProjectStage stage, long n) {}

    private static String orderBy(Sort sort) {
        List<String> terms = new ArrayList<>();
        for (Sort.Column column : sort.getColumns()) {
            String name = COLUMNS.get(column.getName());
            if (name == null) {
                throw new IllegalArgumentException("not a sortable project property: " + column.getName());
            }
            terms.add("p." + name + (column.getDirection() == Sort.Direction.Descending ? " desc" : ""));
        }
        return String.join(", ", terms);
    }

    private record Where(String sql, Map<String, Object> params) {

        void bind(Query query) {
            params.forEach(query::setParameter);
        }
    }

    private static Where where(ProjectFilter filter, List<StallRule> rules, LocalDate today) {
        boolean searched = filter.q() != null && !filter.q().isBlank();
        boolean staged = filter.stages() != null && !filter.stages().isEmpty();
        HqlWhere given = new HqlWhere()
                .and(
                        "p.search_text like :q",
                        "q",
                        searched ? "%" + SortParam.escapeLike(SearchKeys.query(filter.q())) + "%" : null)
                .and(
                        "p.stage in (:stages)",
                        "stages",
                        staged ? filter.stages().stream().map(Enum::name).toList() : null)
                .and(
                        "p.pool = :pool",
                        "pool",
                        filter.pool() == null ? null : filter.pool().name())
                .and("p.unit_id = :unit", "unit", filter.unitId())
                .and("p.industry_id = :industry", "industry", filter.industryId())
                .and("p.zone_id = :zone", "zone", filter.zoneId())
                .and("p.key_project = :key", "key", filter.keyProject())
                .and("p.sponsor_username = :sponsor", "sponsor", filter.sponsorUsername());
        StringBuilder where = new StringBuilder(given.hql());
        Map<String, Object> params = new LinkedHashMap<>(given.parameters().map());
        if (filter.newStage() != null) {
            where.append(" and ").append(newStageCondition(filter.newStage()));
            params.put("from", filter.from());
            params.put("to", filter.to());
        }
        if (filter.withFunds()) {
            where.append(" and exists (select 1 from project_fund f where f.project_id = p.id")
                    .append(" and f.arrived_on between :fundsFrom and :fundsTo and f.confirmed_at is not null)");
            params.put("fundsFrom", filter.from());
            params.put("fundsTo", filter.to());
        }
        if (filter.pendingConfirmation()) {
            where.append(" and (exists (select 1 from waiting_transition t where t.project_id = p.id)")
                    .append(" or exists (select 1 from waiting_fund f where f.project_id = p.id))");
        }
        if (filter.stalled()) {
            where.append(" and (")
                    .append(stalledCondition(rules, today, params))
                    .append(")");
        }
        return new Where(where.toString(), params);
    }

    /** Each project at the furthest stage it first reached in the period: V19's {@code new_stage}, the cockpit's rule. */
    private static String newStageCondition(ProjectFilter.NewStage stage) {
        String reached = "new_stage(p.negotiating_on, p.signed_on, p.landed_on, :from, :to)";
        return switch (stage) {
            case LANDED -> reached + " = 3";
            case SIGNED -> reached + " = 2";
            case NEGOTIATING -> reached + " = 1";
            case ANY -> reached + " > 0";
        };
    }

    /** The SQL twin of {@link StallRules#check}: a project breaks a rule when its reference date is before the cut. */
    private static String stalledCondition(List<StallRule> rules, LocalDate today, Map<String, Object> params) {
        StringBuilder or = new StringBuilder();
        for (StallRule rule : rules) {
            String stage = "stallStage" + rule.id;
            String cut = "stallCut" + rule.id;
            params.put(stage, rule.stage.name());
            params.put(cut, today.minusDays(rule.days));
            or.append(or.isEmpty() ? "" : " or ")
                    .append("(p.stage = :")
                    .append(stage)
                    .append(" and p.stage_since < :")
                    .append(cut);
            if (rule.kind == StallRuleKind.NO_WORKLOG) {
                or.append(" and (p.last_worklog_on is null or p.last_worklog_on < :")
                        .append(cut)
                        .append(")");
            }
            or.append(")");
        }
        return or.isEmpty() ? "1 = 0" : or.toString();
    }
}
