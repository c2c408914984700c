package io.attract.chain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.attract.enterprise.EnterpriseStatus;
import io.attract.enterprise.EnterpriseView;
import io.attract.project.ProjectStage;
import io.attract.unit.UnitRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers of /api/chains (docs/api-chains.md). */
public final class ChainViews {

    private ChainViews() {}

    public record IndustryRef(Long id, String name) {}

    public record ListItem(
            Long id,
            String name,
            IndustryRef industry,
            @Schema(nullable = true) String description,
            int sortOrder,
            long version,
            int nodeCount,
            int gapCount,
            int extendCount,
            int weakCount,
            int coveredCount) {}

    public record Node(
            Long id,
            String name,
            ChainSegment segment,
            int sortOrder,
            @Schema(nullable = true) String description,
            long localCount,
            long leaderCount,
            long targetCount,
            long projectCount,
            Coverage coverage) {}

    public record Edge(Long from, Long to) {}

    public record Summary(int nodes, int gaps, int extend, int weak, int covered) {

        static Summary of(List<Node> nodes) {
            return new Summary(
                    nodes.size(),
                    count(nodes, Coverage.GAP),
                    count(nodes, Coverage.EXTEND),
                    count(nodes, Coverage.WEAK),
                    count(nodes, Coverage.COVERED));
        }

        private static int count(List<Node> nodes, Coverage c) {
            return (int) nodes.stream().filter(n -> n.coverage() == c).count();
        }
    }

    @Schema(name = "ChainDetail")
    public record Detail(
            Long id,
            String name,
            IndustryRef industry,
            @Schema(nullable = true) String description,
            int sortOrder,
            long version,
            List<Node> nodes,
            List<Edge> edges,
            Summary summary) {}

    /** A firm on a node. */
    public record Firm(
            Long id,
            String name,
            @Schema(nullable = true) String creditCode,
            List<EnterpriseView.TagView> tags,
            EnterpriseStatus status,
            @Schema(nullable = true) BigDecimal registeredCapital,
            @Schema(nullable = true) UnitRef ownerUnit,
            @Schema(nullable = true) Instant linkedAt,
            @Schema(nullable = true) String linkedBy,
            @Schema(nullable = true) String note) {}

    /** A target firm with its rank. */
    public record Target(@JsonUnwrapped Firm firm, int score, List<CandidateRanking.Reason> reasons) {}

    public record ProjectRef(
            Long id,
            String name,
            ProjectStage stage,
            @Schema(nullable = true) UnitRef unit,
            @Schema(nullable = true) BigDecimal totalInvestment) {}

    public record NodeDetail(Node node, List<Firm> locals, List<Target> targets, List<ProjectRef> projects) {}

    /** The answer to linking a firm: the firm as the node shows it, with its role. */
    @Schema(name = "ChainLink")
    public record Link(@JsonUnwrapped Firm firm, ChainRole role) {}

    /** Where a firm sits on the chains. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Placement(
            Long chainId, String chainName, Long nodeId, String nodeName, ChainSegment segment, ChainRole role) {}
}
