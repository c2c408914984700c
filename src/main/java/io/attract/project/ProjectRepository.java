package io.attract.project;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.attract.enterprise.SearchKeys;
import io.attract.common.persistence.SortParam;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ProjectRepository implements PanacheRepository<Project> {

    /** API sort keys and the properties they sort by; anything else is refused by the resource. */
    public static final Map<String, String> SORTS = Map.of("updatedAt", "updatedAt", "name", "name", "code", "code",
            "totalInvestment", "totalInvestment", "stageSince", "stageSince");

    public PanacheQuery<Project> search(ProjectFilter filter, List<StallRule> rules, LocalDate today, Sort sort) {
        Where where = where(filter, rules, today);
        return find("from Project p where " + where.hql(), sort, where.params());
    }

    /** Counts matches no further than {@code cap + 1} (see the enterprise list: broad counts are slow). */
    public int countUpTo(ProjectFilter filter, List<StallRule> rules, LocalDate today, int cap) {
        Where where = where(filter, rules, today);
        var query = getEntityManager().createQuery("select p.id from Project p where " + where.hql(), Long.class)
                .setMaxResults(cap + 1);
        where.params().map().forEach(query::setParameter);
        return query.getResultList().size();
    }

    public Map<ProjectStage, Long> countByStage(ProjectFilter filter, List<StallRule> rules, LocalDate today) {
        Where where = where(filter, rules, today);
        var query = getEntityManager().createQuery(
                "select p.stage, count(p) from Project p where " + where.hql() + " group by p.stage", Object[].class);
        where.params().map().forEach(query::setParameter);
        Map<ProjectStage, Long> counts = new EnumMap<>(ProjectStage.class);
        for (Object[] row : query.getResultList()) {
            counts.put((ProjectStage) row[0], (Long) row[1]);
        }
        return counts;
    }

    public boolean codeTaken(String code, Long self) {
        return count("code = ?1 and (?2 is null or id <> ?2)", code, self) > 0;
    }

    /** Of these projects, the ones with a stage change or fund entry that the unit head has not confirmed yet. */
    public Set<Long> withPendingConfirmation(List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<Long> found = new HashSet<>(getEntityManager().createQuery("""
                select distinct t.project.id from ProjectTransition t
                where t.project.id in :ids and t.confirmedAt is null and t.revertedBy is null and t.returnedAt is null""",
                Long.class).setParameter("ids", ids).getResultList());
        found.addAll(getEntityManager().createQuery("""
                select distinct f.project.id from ProjectFund f
                where f.project.id in :ids and f.confirmedAt is null and f.returnedAt is null""", Long.class)
                .setParameter("ids", ids).getResultList());
        return found;
    }

    /** Keeps {@code lastWorklogOn} without touching the project's version (logging is not an edit). */
    public void touchWorklog(long projectId, LocalDate loggedOn) {
        getEntityManager().createQuery("""
                update Project p set p.lastWorklogOn = :on
                where p.id = :id and (p.lastWorklogOn is null or p.lastWorklogOn < :on)""")
                .setParameter("on", loggedOn).setParameter("id", projectId).executeUpdate();
    }

    private record Where(String hql, Parameters params) {
    }

    private Where where(ProjectFilter filter, List<StallRule> rules, LocalDate today) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and p.searchText like :q");
            params.and("q", "%" + SortParam.escapeLike(SearchKeys.query(filter.q())) + "%");
        }
        if (filter.stages() != null && !filter.stages().isEmpty()) {
            where.append(" and p.stage in :stages");
            params.and("stages", filter.stages());
        }
        if (filter.pool() != null) {
            where.append(" and p.pool = :pool");
            params.and("pool", filter.pool());
        }
        if (filter.unitId() != null) {
            where.append(" and p.unit.id = :unit");
            params.and("unit", filter.unitId());
        }
        if (filter.industryId() != null) {
            where.append(" and p.industry.id = :industry");
            params.and("industry", filter.industryId());
        }
        if (filter.zoneId() != null) {
            where.append(" and p.zone.id = :zone");
            params.and("zone", filter.zoneId());
        }
        if (filter.keyProject() != null) {
            where.append(" and p.keyProject = :key");
            params.and("key", filter.keyProject());
        }
        if (filter.newStage() != null) {
            where.append(" and ").append(newStageCondition(filter.newStage()));
            params.and("from", filter.from()).and("to", filter.to());
        }
        if (filter.withFunds()) {
            where.append(" and exists (select 1 from ProjectFund f where f.project = p")
                    .append(" and f.arrivedOn between :fundsFrom and :fundsTo and f.confirmedAt is not null)");
            params.and("fundsFrom", filter.from()).and("fundsTo", filter.to());
        }
        if (filter.pendingConfirmation()) {
            where.append(" and (exists (select 1 from ProjectTransition t where t.project = p and t.confirmedAt is null")
                    .append(" and t.revertedBy is null and t.returnedAt is null)")
                    .append(" or exists (select 1 from ProjectFund f where f.project = p and f.confirmedAt is null")
                    .append(" and f.returnedAt is null))");
        }
        if (filter.stalled()) {
            where.append(" and (").append(stalledCondition(rules, today, params)).append(")");
        }
        return new Where(where.toString(), params);
    }

    /** Each project at the furthest stage it first reached in the period: V19's {@code new_stage}, the cockpit's rule. */
    private static String newStageCondition(ProjectFilter.NewStage stage) {
        String reached = "function('new_stage', p.negotiatingOn, p.signedOn, p.landedOn, :from, :to)";
        return switch (stage) {
            case LANDED -> reached + " = 3";
            case SIGNED -> reached + " = 2";
            case NEGOTIATING -> reached + " = 1";
            case ANY -> reached + " > 0";
        };
    }

    /** The SQL twin of {@link StallRules#check}: a project breaks a rule when its reference date is before the cut. */
    private static String stalledCondition(List<StallRule> rules, LocalDate today, Parameters params) {
        StringBuilder or = new StringBuilder();
        for (StallRule rule : rules) {
            String stage = "stallStage" + rule.id;
            String cut = "stallCut" + rule.id;
            params.and(stage, rule.stage).and(cut, today.minusDays(rule.days));
            or.append(or.isEmpty() ? "" : " or ").append("(p.stage = :").append(stage).append(" and p.stageSince < :")
                    .append(cut);
            if (rule.kind == StallRuleKind.NO_WORKLOG) {
                or.append(" and (p.lastWorklogOn is null or p.lastWorklogOn < :").append(cut).append(")");
            }
            or.append(")");
        }
        return or.isEmpty() ? "1 = 0" : or.toString();
    }
}
