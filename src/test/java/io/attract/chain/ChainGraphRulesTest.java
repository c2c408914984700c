package io.attract.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.attract.chain.GraphRequest.EdgeRequest;
import io.attract.chain.GraphRequest.NodeRequest;
import io.attract.common.error.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainGraphRulesTest {

    private static NodeRequest node(String key, String name, ChainSegment segment) {
        return new NodeRequest(null, key, name, segment, null, null);
    }

    private static List<String> fields(GraphRequest graph) {
        return ChainGraphRules.violations(graph).stream()
                .map(Problem.Violation::field)
                .toList();
    }

    private static final List<NodeRequest> ABC = List.of(
            node("a", "原料", ChainSegment.UPSTREAM),
            node("b", "材料", ChainSegment.MIDSTREAM),
            node("c", "制品", ChainSegment.DOWNSTREAM));

    @Test
    void aChainInOrderPasses() {
        assertThat(ChainGraphRules.violations(new GraphRequest(
                        ABC, List.of(new EdgeRequest("a", "b"), new EdgeRequest("b", "c"), new EdgeRequest("a", "c")))))
                .isEmpty();
        assertThat(ChainGraphRules.violations(new GraphRequest(List.of(), List.of())))
                .isEmpty();
    }

    @Test
    void aCycleIsRefusedAndNamed() {
        List<Problem.Violation> v = ChainGraphRules.violations(new GraphRequest(
                ABC, List.of(new EdgeRequest("a", "b"), new EdgeRequest("b", "c"), new EdgeRequest("c", "a"))));
        assertThat(v).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("edges");
            assertThat(p.message()).contains("循环").contains("原料 → 材料 → 制品 → 原料");
        });
    }

    @Test
    void aCycleDeepInALargerGraphIsFound() {
        List<NodeRequest> nodes = new ArrayList<>();
        List<EdgeRequest> edges = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            nodes.add(node("n" + i, "环节" + i, ChainSegment.MIDSTREAM));
            if (i > 0) {
                edges.add(new EdgeRequest("n" + (i - 1), "n" + i));
            }
        }
        assertThat(fields(new GraphRequest(nodes, edges))).isEmpty();
        edges.add(new EdgeRequest("n49", "n25"));
        assertThat(fields(new GraphRequest(nodes, edges))).containsExactly("edges");
    }

    @Test
    void namesAndKeysAreUniqueAndNamesOneToFiftyCharacters() {
        List<NodeRequest> nodes = List.of(
                node("a", "原料", ChainSegment.UPSTREAM),
                node("a", " 原料 ", ChainSegment.UPSTREAM),
                node("c", " ", ChainSegment.UPSTREAM),
                node("d", "长".repeat(51), ChainSegment.UPSTREAM),
                node(null, "无键", null));
        assertThat(fields(new GraphRequest(nodes, List.of())))
                .containsExactly(
                        "nodes[1].key",
                        "nodes[1].name",
                        "nodes[2].name",
                        "nodes[3].name",
                        "nodes[4].key",
                        "nodes[4].segment");
        assertThat(fields(new GraphRequest(List.of(node("a", "长".repeat(50), ChainSegment.UPSTREAM)), List.of())))
                .isEmpty();
    }

    @Test
    void edgesJoinSentKeysOnceAndNeverANodeToItself() {
        List<String> f = fields(new GraphRequest(
                ABC,
                List.of(
                        new EdgeRequest("a", "x"),
                        new EdgeRequest("y", "b"),
                        new EdgeRequest("a", "a"),
                        new EdgeRequest("a", "b"),
                        new EdgeRequest("a", "b"))));
        assertThat(f).containsExactly("edges[0].to", "edges[1].from", "edges[2]", "edges[4]");
    }

    @Test
    void atMostTwoHundredNodes() {
        List<NodeRequest> nodes = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            nodes.add(node("n" + i, "环节" + i, ChainSegment.UPSTREAM));
        }
        assertThat(fields(new GraphRequest(nodes, List.of()))).containsExactly("nodes");
        assertThat(fields(new GraphRequest(nodes.subList(0, 200), List.of()))).isEmpty();
    }
}
