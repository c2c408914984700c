package io.attract.chain;

import io.attract.common.error.ApiException;
import io.attract.common.error.Problem;
import io.attract.common.persistence.IfMatch;
import io.attract.common.text.Blank;
import io.attract.industry.Industry;
import io.attract.industry.IndustryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Chains and their graphs: everyone reads, admins edit (the resource says who). */
@ApplicationScoped
@Transactional
public class ChainService {

    @Inject
    ChainRepository chains;

    @Inject
    ChainQueries queries;

    @Inject
    IndustryRepository industries;

    public List<ChainViews.ListItem> list(Long industryId) {
        List<Chain> found = chains.listByIndustry(industryId);
        List<Long> ids = found.stream().map(c -> c.id).toList();
        Map<Long, List<ChainViews.Node>> nodes = nodesByChain(ids);
        return found.stream()
                .map(c -> {
                    ChainViews.Summary s = ChainViews.Summary.of(nodes.getOrDefault(c.id, List.of()));
                    return new ChainViews.ListItem(
                            c.id,
                            c.name,
                            industry(c),
                            c.description,
                            c.sortOrder,
                            c.version,
                            s.nodes(),
                            s.gaps(),
                            s.extend(),
                            s.weak(),
                            s.covered());
                })
                .toList();
    }

    public ChainViews.Detail detail(long id) {
        return detail(find(id));
    }

    public ChainViews.Detail create(ChainRequest request) {
        Chain chain = new Chain();
        apply(request, chain);
        chains.persistAndFlush(chain);
        return detail(chain);
    }

    public ChainViews.Detail update(long id, String ifMatch, ChainRequest request) {
        Chain chain = find(id);
        IfMatch.check(ifMatch, chain.version);
        apply(request, chain);
        chains.flush();
        return detail(chain);
    }

    public void delete(long id, String ifMatch) {
        Chain chain = find(id);
        IfMatch.check(ifMatch, chain.version);
        if (chains.linkCount(id) > 0) {
            throw ApiException.conflict("chain.in_use", "该产业链上还关联着企业，请先移除关联企业再删除。");
        }
        chains.edges(id).forEach(e -> e.delete());
        chains.flush();
        chains.nodes(id).forEach(n -> n.delete());
        chains.flush();
        chains.delete(chain);
    }

    /**
     * Replaces the nodes and edges: sent nodes with an id are updated (and keep their links), new ones created, the
     * others removed unless firms are linked to them; edges follow the sent list.
     */
    public ChainViews.Detail replaceGraph(long id, String ifMatch, GraphRequest graph) {
        Chain chain = find(id);
        IfMatch.check(ifMatch, chain.version);
        ChainGraphRules.check(graph);
        Map<Long, ChainNode> existing = chains.nodes(id).stream().collect(Collectors.toMap(n -> n.id, n -> n));
        List<Problem.Violation> foreign = new ArrayList<>();
        for (int i = 0; i < graph.nodes().size(); i++) {
            Long nodeId = graph.nodes().get(i).id();
            if (nodeId != null && !existing.containsKey(nodeId)) {
                foreign.add(new Problem.Violation("nodes[" + i + "].id", "该环节不属于本产业链：" + nodeId));
            }
        }
        if (!foreign.isEmpty()) {
            throw new ApiException(422, "validation.failed", "产业链图谱有误，请检查标出的字段。", foreign);
        }
        Set<Long> kept = graph.nodes().stream()
                .map(GraphRequest.NodeRequest::id)
                .filter(n -> n != null)
                .collect(Collectors.toSet());
        List<ChainNode> removed = existing.values().stream()
                .filter(n -> !kept.contains(n.id))
                .sorted((a, b) -> Long.compare(a.id, b.id))
                .toList();
        refuseRemovingLinked(removed);

        Map<String, ChainNode> byKey = new HashMap<>();
        for (int i = 0; i < graph.nodes().size(); i++) {
            GraphRequest.NodeRequest r = graph.nodes().get(i);
            ChainNode node = r.id() == null ? new ChainNode() : existing.get(r.id());
            node.chain = chain;
            node.name = r.name().strip();
            node.segment = r.segment();
            node.sortOrder = r.sortOrder() != null ? r.sortOrder() : i;
            node.description = Blank.toNull(r.description());
            if (node.id == null) {
                node.persist();
            }
            byKey.put(r.key(), node);
        }
        Set<List<Long>> wanted = new HashSet<>();
        List<ChainEdge> toCreate = new ArrayList<>();
        List<ChainEdge> current = chains.edges(id);
        Set<List<Long>> have =
                current.stream().map(e -> List.of(e.from.id, e.to.id)).collect(Collectors.toSet());
        chains.flush(); // new nodes get their ids
        for (GraphRequest.EdgeRequest r : graph.edges() == null ? List.<GraphRequest.EdgeRequest>of() : graph.edges()) {
            ChainNode from = byKey.get(r.from());
            ChainNode to = byKey.get(r.to());
            wanted.add(List.of(from.id, to.id));
            if (!have.contains(List.of(from.id, to.id))) {
                ChainEdge edge = new ChainEdge();
                edge.chain = chain;
                edge.from = from;
                edge.to = to;
                toCreate.add(edge);
            }
        }
        current.stream()
                .filter(e -> !wanted.contains(List.of(e.from.id, e.to.id)))
                .forEach(e -> e.delete());
        chains.flush();
        removed.forEach(n -> n.delete());
        toCreate.forEach(e -> e.persist());
        chain.updatedAt = Instant.now();
        chains.flush();
        return detail(chain);
    }

    private void refuseRemovingLinked(List<ChainNode> removed) {
        if (removed.isEmpty()) {
            return;
        }
        List<ChainNodeEnterprise> links =
                chains.links(removed.stream().map(n -> n.id).toList());
        if (!links.isEmpty()) {
            ChainNode node = links.get(0).node;
            long count = links.stream().filter(l -> l.node.id.equals(node.id)).count();
            throw ApiException.conflict(
                    "chain.node_in_use", "环节“" + node.name + "”上还关联着 " + count + " 家企业，不能删除；请先移除关联企业。");
        }
    }

    Chain find(long id) {
        return chains.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("chain.not_found", "找不到该产业链。"));
    }

    ChainViews.Detail detail(Chain chain) {
        List<ChainViews.Node> nodes = nodesByChain(List.of(chain.id)).getOrDefault(chain.id, List.of());
        List<ChainViews.Edge> edges = queries.edges(List.of(chain.id)).stream()
                .map(e -> new ChainViews.Edge(e.from(), e.to()))
                .toList();
        return new ChainViews.Detail(
                chain.id,
                chain.name,
                industry(chain),
                chain.description,
                chain.sortOrder,
                chain.version,
                nodes,
                edges,
                ChainViews.Summary.of(nodes));
    }

    /** The nodes of each chain with counts and coverage, in chain order: two queries whatever the number of chains. */
    Map<Long, List<ChainViews.Node>> nodesByChain(List<Long> chainIds) {
        List<ChainQueries.NodeRow> rows = queries.nodes(chainIds);
        Map<Long, List<ChainCoverage.Edge>> edges = queries.edges(chainIds).stream()
                .collect(Collectors.groupingBy(
                        ChainQueries.EdgeRow::chainId,
                        Collectors.mapping(e -> new ChainCoverage.Edge(e.from(), e.to()), Collectors.toList())));
        Map<Long, List<ChainQueries.NodeRow>> byChain =
                rows.stream().collect(Collectors.groupingBy(ChainQueries.NodeRow::chainId, Collectors.toList()));
        Map<Long, List<ChainViews.Node>> out = new HashMap<>();
        byChain.forEach((chainId, chainRows) -> {
            Map<Long, Coverage> coverage = ChainCoverage.of(
                    chainRows.stream().map(ChainQueries.NodeRow::facts).toList(),
                    edges.getOrDefault(chainId, List.of()));
            out.put(
                    chainId,
                    chainRows.stream().map(r -> node(r, coverage.get(r.id()))).toList());
        });
        return out;
    }

    static ChainViews.Node node(ChainQueries.NodeRow r, Coverage coverage) {
        return new ChainViews.Node(
                r.id(),
                r.name(),
                r.segment(),
                r.sortOrder(),
                r.description(),
                r.localCount(),
                r.leaderCount(),
                r.targetCount(),
                r.projectCount(),
                coverage);
    }

    private static ChainViews.IndustryRef industry(Chain c) {
        return new ChainViews.IndustryRef(c.industry.id, c.industry.name);
    }

    private void apply(ChainRequest r, Chain chain) {
        Industry industry = industries
                .findByIdOptional(r.industryId())
                .orElseThrow(() -> ApiException.invalid("industryId", "industry.not_found", "找不到该产业。"));
        String name = r.name().strip();
        if (chains.nameTaken(name, chain.id)) {
            throw ApiException.invalid("name", "chain.name_taken", "产业链名称已被使用：" + name);
        }
        chain.industry = industry;
        chain.name = name;
        chain.description = Blank.toNull(r.description());
        chain.sortOrder = r.sortOrder() == null ? 0 : r.sortOrder();
    }
}
