package io.attract.chain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The coverage of every node of a chain, from its local firms and the edges into it (docs/api-chains.md):
 * a local 链主/骨干 covers a node; other local firms leave it weak (强链); a node without local firms is a gap (补链),
 * or a place to extend the chain (延链) when a direct predecessor in an earlier segment has local firms.
 */
public final class ChainCoverage {

    /** What the rules need of a node: its segment, how many local firms and how many of them are 链主/骨干. */
    public record NodeFacts(long id, ChainSegment segment, long localCount, long leaderCount) {}

    /** An edge from one node to another (ids). */
    public record Edge(long from, long to) {}

    private ChainCoverage() {}

    public static Map<Long, Coverage> of(Collection<NodeFacts> nodes, Collection<Edge> edges) {
        Map<Long, NodeFacts> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        Map<Long, Coverage> coverage = new HashMap<>();
        for (NodeFacts node : nodes) {
            coverage.put(
                    node.id(),
                    of(
                            node,
                            edges.stream()
                                    .filter(e -> e.to() == node.id())
                                    .map(e -> byId.get(e.from()))
                                    .filter(p -> p != null)
                                    .toList()));
        }
        return coverage;
    }

    /** One node, given its direct predecessors. */
    public static Coverage of(NodeFacts node, List<NodeFacts> predecessors) {
        if (node.leaderCount() > 0) {
            return Coverage.COVERED;
        }
        if (node.localCount() > 0) {
            return Coverage.WEAK;
        }
        boolean extendable =
                predecessors.stream().anyMatch(p -> p.segment().compareTo(node.segment()) < 0 && p.localCount() > 0);
        return extendable ? Coverage.EXTEND : Coverage.GAP;
    }
}
