package io.attract.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public record ProjectListItem(
        long id,
        String code,
        String name,
        ProjectStage stage,
        ProjectPool pool,
        boolean keyProject,
        Long unitId,
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
        boolean pendingConfirmation,
        Stalled stalled,
        long version) {}
