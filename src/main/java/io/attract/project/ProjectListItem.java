package io.attract.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ProjectListItem(
        long id,
        String code,
        String name,
        ProjectStage stage,
        ProjectPool pool,
        boolean keyProject,
        Long unitId,
        String unitName,
        @Schema(nullable = true) String ownerUsername,
        @Schema(nullable = true) String sponsorLeader,
        @Schema(nullable = true) Long industryId,
        @Schema(nullable = true) String industryName,
        @Schema(nullable = true) Long zoneId,
        @Schema(nullable = true) String zoneName,
        List<String> investorNames,
        @Schema(nullable = true) BigDecimal totalInvestment,
        LocalDate stageSince,
        boolean pendingConfirmation,
        @Schema(nullable = true) Stalled stalled,
        long version) {}
