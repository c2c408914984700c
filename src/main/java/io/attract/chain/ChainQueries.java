package io.attract.chain;

import io.attract.common.persistence.TupleRecords;
import io.attract.project.ProjectStage;
import io.attract.unit.UnitRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts behind coverage and ranking, set-based: one query for every node of any number of chains, one for
 * their edges, one for the visit and lead facts of any number of firms.
 */
@ApplicationScoped
public class ChainQueries {

    /** A node with its counts (docs/api-chains.md: local, 链主/骨干 among them, targets, projects in the funnel). */
    public record NodeRow(
            long id,
            long chainId,
            String name,
            ChainSegment segment,
            int sortOrder,
            String description,
            long localCount,
            long leaderCount,
            long targetCount,
            long projectCount) {

        ChainCoverage.NodeFacts facts() {
            return new ChainCoverage.NodeFacts(id, segment, localCount, leaderCount);
        }
    }

    public record EdgeRow(long chainId, long from, long to) {}

    /** What ranking needs beyond the firm itself. */
    public record Engagement(int recentVisits, boolean openLead) {

        static final Engagement NONE = new Engagement(0, false);
    }

    /** Projects still being pushed through the funnel count on a node; these stages do not. */
    static final String FINISHED_STAGES = "('OPERATING', 'TERMINATED')";

    static final String SEGMENT_ORDER = "case n.segment when 'UPSTREAM' then 0 when 'MIDSTREAM' then 1 else 2 end";

    @Inject
    EntityManager em;

    /** Every node of the chains in chain order (segment, sort order, id), with its counts. */
    public List<NodeRow> nodes(Collection<Long> chainIds) {
        if (chainIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                select n.id, n.chain_id as chainId, n.name, n.segment, n.sort_order as sortOrder, n.description,
                       coalesce(l.locals, 0) as localCount, coalesce(l.leaders, 0) as leaderCount,
                       coalesce(l.targets, 0) as targetCount, coalesce(p.projects, 0) as projectCount
                from chain_node n
                left join (
                    select cne.node_id,
                           count(*) filter (where cne.role = 'LOCAL') locals,
                           count(*) filter (where cne.role = 'LOCAL' and exists (
                               select 1 from enterprise_tag t where t.enterprise_id = cne.enterprise_id
                               and t.tag in ('CHAIN_LEADER', 'BACKBONE'))) leaders,
                           count(*) filter (where cne.role = 'TARGET') targets
                    from chain_node_enterprise cne join chain_node cn on cn.id = cne.node_id
                    where cn.chain_id in (:chains)
                    group by cne.node_id) l on l.node_id = n.id
                left join (
                    select cne.node_id, count(distinct pr.id) projects
                    from chain_node_enterprise cne
                    join chain_node cn on cn.id = cne.node_id
                    join project_investor pi on pi.enterprise_id = cne.enterprise_id
                    join project pr on pr.id = pi.project_id and pr.stage not in %s
                    where cn.chain_id in (:chains)
                    group by cne.node_id) p on p.node_id = n.id
                where n.chain_id in (:chains)
                order by n.chain_id, %s, n.sort_order, n.id""".formatted(FINISHED_STAGES, SEGMENT_ORDER), Tuple.class)
                .setParameter("chains", chainIds)
                .getResultList();
        return TupleRecords.map(rows, NodeRow.class);
    }

    public List<EdgeRow> edges(Collection<Long> chainIds) {
        if (chainIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                select chain_id as chainId, from_node_id as "from", to_node_id as "to" from chain_edge
                where chain_id in (:chains) order by chain_id, from_node_id, to_node_id""", Tuple.class)
                .setParameter("chains", chainIds)
                .getResultList();
        return TupleRecords.map(rows, EdgeRow.class);
    }

    /** Visits since {@code since} (inclusive) and whether a lead is open, per firm. */
    public Map<Long, Engagement> engagement(Collection<Long> enterpriseIds, LocalDate since) {
        Map<Long, Engagement> out = new HashMap<>();
        if (enterpriseIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                select e.id,
                       (select count(*) from visit v where v.enterprise_id = e.id and v.visited_on >= :since)
                           as recentVisits,
                       exists (select 1 from lead l where l.enterprise_id = e.id and l.status = 'OPEN') as openLead
                from enterprise e where e.id in (:ids)""", Tuple.class)
                .setParameter("ids", enterpriseIds)
                .setParameter("since", since)
                .getResultList();
        for (FirmEngagement r : TupleRecords.map(rows, FirmEngagement.class)) {
            out.put(r.id(), new Engagement(r.recentVisits(), r.openLead()));
        }
        return out;
    }

    /** Projects in the funnel with an investor on the node; {@code unitId} null means every unit's. */
    public List<ChainViews.ProjectRef> projects(long nodeId, Long unitId) {
        var query = em.createNativeQuery(
                        """
                select p.id, p.name, p.stage, u.id as unitId, u.code as unitCode, u.name as unitName,
                       p.total_investment as totalInvestment
                from project p join org_unit u on u.id = p.unit_id
                where p.stage not in %s
                and exists (select 1 from project_investor pi join chain_node_enterprise cne
                            on cne.enterprise_id = pi.enterprise_id
                            where pi.project_id = p.id and cne.node_id = :node)
                %s
                order by p.id desc""".formatted(FINISHED_STAGES, unitId == null ? "" : "and p.unit_id = :unit"), Tuple.class)
                .setParameter("node", nodeId);
        if (unitId != null) {
            query.setParameter("unit", unitId);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return TupleRecords.map(rows, NodeProject.class).stream()
                .map(r -> new ChainViews.ProjectRef(
                        r.id(),
                        r.name(),
                        r.stage(),
                        new UnitRef(r.unitId(), r.unitCode(), r.unitName()),
                        r.totalInvestment()))
                .toList();
    }

    private record FirmEngagement(long id, int recentVisits, boolean openLead) {}

    private record NodeProject(
            long id,
            String name,
            ProjectStage stage,
            long unitId,
            String unitCode,
            String unitName,
            BigDecimal totalInvestment) {}
}
