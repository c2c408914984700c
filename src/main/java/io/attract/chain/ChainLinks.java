package io.attract.chain;

import io.attract.common.error.ApiException;
import io.attract.common.text.Blank;
import io.attract.common.time.BusinessDates;
import io.attract.enterprise.Enterprise;
import io.attract.enterprise.EnterpriseRepository;
import io.attract.enterprise.EnterpriseView;
import io.attract.unit.UnitRef;
import io.attract.user.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Firms on nodes: a node's locals, ranked targets and projects; linking and unlinking; a firm's places. */
@ApplicationScoped
@Transactional
public class ChainLinks {

    @Inject
    ChainService chains;

    @Inject
    ChainRepository repository;

    @Inject
    ChainQueries queries;

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    UnitScope scope;

    public record Placed(ChainViews.Link link, boolean created) {}

    public ChainViews.NodeDetail node(long chainId, long nodeId) {
        ChainNode node = findNode(chainId, nodeId);
        ChainViews.Node view = nodeView(node);
        List<ChainNodeEnterprise> links = repository.links(List.of(nodeId));
        List<ChainViews.Firm> locals = links.stream()
                .filter(l -> l.role == ChainRole.LOCAL)
                .map(ChainLinks::firm)
                .toList();
        List<ChainViews.Target> targets =
                rank(links.stream().filter(l -> l.role == ChainRole.TARGET).toList());
        return new ChainViews.NodeDetail(view, locals, targets, queries.projects(nodeId, scope.readableUnitId()));
    }

    /** Places the firm on the node, or changes its role and note if it is there already. */
    public Placed link(long chainId, long nodeId, LinkRequest request) {
        ChainNode node = findNode(chainId, nodeId);
        Enterprise firm = enterprises
                .findByIdOptional(request.enterpriseId())
                .orElseThrow(() -> ApiException.notFound("enterprise.not_found", "找不到该企业。"));
        if (firm.mergedInto != null) {
            throw ApiException.conflict("enterprise.merged", "该企业已合并到“" + firm.mergedInto.name + "”，请关联合并后的企业。");
        }
        Optional<ChainNodeEnterprise> found = ChainNodeEnterprise.find(
                        "node.id = ?1 and enterprise.id = ?2", nodeId, firm.id)
                .firstResultOptional();
        ChainNodeEnterprise link = found.orElseGet(ChainNodeEnterprise::new);
        link.role = request.role();
        link.note = Blank.toNull(request.note());
        if (found.isEmpty()) {
            link.node = node;
            link.enterprise = firm;
            link.linkedBy = scope.username();
            link.linkedAt = Instant.now();
            link.persist();
        }
        repository.flush();
        return new Placed(new ChainViews.Link(firm(link), link.role), found.isEmpty());
    }

    public void unlink(long chainId, long nodeId, long enterpriseId) {
        findNode(chainId, nodeId);
        ChainNodeEnterprise link = ChainNodeEnterprise.<ChainNodeEnterprise>find(
                        "node.id = ?1 and enterprise.id = ?2", nodeId, enterpriseId)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("chain.link_not_found", "该企业不在这个环节上。"));
        link.delete();
    }

    public List<ChainViews.Placement> placements(long enterpriseId) {
        enterprises
                .findByIdOptional(enterpriseId)
                .orElseThrow(() -> ApiException.notFound("enterprise.not_found", "找不到该企业。"));
        return repository
                .getEntityManager()
                .createQuery("""
                select new io.attract.chain.ChainViews$Placement(c.id, c.name, n.id, n.name, n.segment, l.role)
                from ChainNodeEnterprise l join l.node n join n.chain c
                where l.enterprise.id = :e order by c.sortOrder, c.id,
                    case n.segment when io.attract.chain.ChainSegment.UPSTREAM then 0
                    when io.attract.chain.ChainSegment.MIDSTREAM then 1 else 2 end, n.sortOrder, n.id""", ChainViews.Placement.class)
                .setParameter("e", enterpriseId)
                .getResultList();
    }

    /** Every node's ranked targets, for the gap report: one engagement query for the whole chain. */
    public Map<Long, List<ChainViews.Target>> targetsByNode(List<Long> nodeIds) {
        List<ChainNodeEnterprise> targets = repository.links(nodeIds).stream()
                .filter(l -> l.role == ChainRole.TARGET)
                .toList();
        Map<Long, ChainQueries.Engagement> engagement = engagement(targets);
        return targets.stream()
                .collect(Collectors.groupingBy(
                        l -> l.node.id,
                        Collectors.collectingAndThen(Collectors.toList(), links -> rank(links, engagement))));
    }

    private List<ChainViews.Target> rank(List<ChainNodeEnterprise> targets) {
        return rank(targets, engagement(targets));
    }

    /** Visits count from {@value CandidateRanking#VISIT_WINDOW_DAYS} days before today. */
    private Map<Long, ChainQueries.Engagement> engagement(List<ChainNodeEnterprise> links) {
        return queries.engagement(
                links.stream().map(l -> l.enterprise.id).distinct().toList(),
                BusinessDates.today().minusDays(CandidateRanking.VISIT_WINDOW_DAYS));
    }

    /** The targets of one node, best first (see {@link CandidateRanking}). */
    private static List<ChainViews.Target> rank(
            List<ChainNodeEnterprise> targets, Map<Long, ChainQueries.Engagement> engagement) {
        Map<Long, ChainNodeEnterprise> byFirm =
                targets.stream().collect(Collectors.toMap(l -> l.enterprise.id, l -> l));
        List<CandidateRanking.Candidate> candidates = targets.stream()
                .map(l -> {
                    ChainQueries.Engagement e = engagement.getOrDefault(l.enterprise.id, ChainQueries.Engagement.NONE);
                    return new CandidateRanking.Candidate(
                            l.enterprise.id,
                            l.enterprise.name,
                            l.enterprise.tags.stream().map(t -> t.tag).toList(),
                            l.enterprise.registeredCapital,
                            e.recentVisits(),
                            e.openLead(),
                            l.enterprise.status);
                })
                .toList();
        return CandidateRanking.rank(candidates).stream()
                .map(r -> new ChainViews.Target(firm(byFirm.get(r.candidate().enterpriseId())), r.score(), r.reasons()))
                .toList();
    }

    private ChainNode findNode(long chainId, long nodeId) {
        chains.find(chainId);
        return ChainNode.<ChainNode>find("id = ?1 and chain.id = ?2", nodeId, chainId)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("chain.node_not_found", "找不到该环节。"));
    }

    private ChainViews.Node nodeView(ChainNode node) {
        return chains.nodesByChain(List.of(node.chain.id)).get(node.chain.id).stream()
                .filter(n -> n.id().equals(node.id))
                .findFirst()
                .orElseThrow();
    }

    static ChainViews.Firm firm(ChainNodeEnterprise l) {
        Enterprise e = l.enterprise;
        return new ChainViews.Firm(
                e.id,
                e.name,
                e.creditCode,
                e.tags.stream()
                        .sorted(Comparator.comparing(t -> t.tag))
                        .map(t -> new EnterpriseView.TagView(t.tag, t.listYear))
                        .toList(),
                e.status,
                e.registeredCapital,
                UnitRef.of(e.ownerUnit),
                l.linkedAt,
                l.linkedBy,
                l.note);
    }
}
