package io.attract.chain;

import static io.attract.chain.ChainSegment.DOWNSTREAM;
import static io.attract.chain.ChainSegment.MIDSTREAM;
import static io.attract.chain.ChainSegment.UPSTREAM;
import static org.assertj.core.api.Assertions.assertThat;

import io.attract.chain.ChainCoverage.Edge;
import io.attract.chain.ChainCoverage.NodeFacts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainCoverageTest {

    private static NodeFacts node(long id, ChainSegment segment, long locals, long leaders) {
        return new NodeFacts(id, segment, locals, leaders);
    }

    /** The coverage of a node of this segment without local firms whose one predecessor is {@code before}. */
    private static Coverage emptyAfter(ChainSegment segment, NodeFacts before) {
        return ChainCoverage.of(node(2, segment, 0, 0), List.of(before));
    }

    @Test
    void aLocalChainLeaderOrBackboneCoversANode() {
        assertThat(ChainCoverage.of(node(1, MIDSTREAM, 3, 1), List.of())).isEqualTo(Coverage.COVERED);
    }

    @Test
    void localFirmsWithoutALeaderLeaveTheNodeWeak() {
        assertThat(ChainCoverage.of(node(1, MIDSTREAM, 2, 0), List.of())).isEqualTo(Coverage.WEAK);
    }

    @Test
    void aNodeWithoutLocalFirmsAndNoPredecessorIsAGap() {
        assertThat(ChainCoverage.of(node(1, UPSTREAM, 0, 0), List.of())).isEqualTo(Coverage.GAP);
    }

    @Test
    void anEmptyNodeRightAfterAnEarlierSegmentWithLocalFirmsIsWhereTheChainExtends() {
        assertThat(emptyAfter(DOWNSTREAM, node(1, MIDSTREAM, 1, 0))).isEqualTo(Coverage.EXTEND);
        assertThat(emptyAfter(DOWNSTREAM, node(1, UPSTREAM, 2, 2))).isEqualTo(Coverage.EXTEND);
    }

    @Test
    void aPredecessorWithoutLocalFirmsLeavesAGap() {
        assertThat(emptyAfter(DOWNSTREAM, node(1, MIDSTREAM, 0, 0))).isEqualTo(Coverage.GAP);
    }

    @Test
    void aPredecessorInTheSameOrALaterSegmentDoesNotMakeAnExtension() {
        assertThat(emptyAfter(MIDSTREAM, node(1, MIDSTREAM, 4, 1))).isEqualTo(Coverage.GAP);
        assertThat(emptyAfter(MIDSTREAM, node(1, DOWNSTREAM, 4, 1))).isEqualTo(Coverage.GAP);
    }

    @Test
    void onlyDirectPredecessorsCount() {
        // 1 (upstream, local) → 2 (midstream, empty) → 3 (downstream, empty): 2 extends, 3 is a gap.
        Map<Long, Coverage> coverage = ChainCoverage.of(
                List.of(node(1, UPSTREAM, 1, 0), node(2, MIDSTREAM, 0, 0), node(3, DOWNSTREAM, 0, 0)),
                List.of(new Edge(1, 2), new Edge(2, 3)));
        assertThat(coverage)
                .containsEntry(1L, Coverage.WEAK)
                .containsEntry(2L, Coverage.EXTEND)
                .containsEntry(3L, Coverage.GAP);
    }

    @Test
    void edgesOutOfANodeDoNotCount() {
        // 2 (downstream, local) → 1 (upstream, empty) is an odd edge, but 1 has no predecessor in an earlier segment.
        Map<Long, Coverage> coverage =
                ChainCoverage.of(List.of(node(1, UPSTREAM, 0, 0), node(2, DOWNSTREAM, 1, 1)), List.of(new Edge(2, 1)));
        assertThat(coverage).containsEntry(1L, Coverage.GAP).containsEntry(2L, Coverage.COVERED);
    }

    @Test
    void extendWinsOverGapWhenOneOfSeveralPredecessorsHasLocalFirms() {
        Map<Long, Coverage> coverage = ChainCoverage.of(
                List.of(node(1, UPSTREAM, 0, 0), node(2, UPSTREAM, 1, 0), node(3, MIDSTREAM, 0, 0)),
                List.of(new Edge(1, 3), new Edge(2, 3)));
        assertThat(coverage.get(3L)).isEqualTo(Coverage.EXTEND);
    }
}
