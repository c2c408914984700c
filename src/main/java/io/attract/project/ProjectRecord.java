package io.attract.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A project's own fields with the names of what it refers to, as one statement reads them ({@link ProjectViews});
 * the detail view shows them at its top level.
 */
public record ProjectRecord(
        long id,
        String code,
        String name,
        ProjectStage stage,
        LocalDate stageSince,
        ProjectStage heldStage,
        ProjectPool pool,
        boolean keyProject,
        OriginTier originTier,
        boolean originTierComputed,
        Long industryId,
        String industryName,
        String industryCode,
        Long zoneId,
        String zoneName,
        Long parkId,
        String parkName,
        Long siteId,
        String siteName,
        String street,
        String constructionContent,
        String attractionMethod,
        String source,
        BigDecimal totalInvestment,
        BigDecimal fixedAssetInvestment,
        BigDecimal contractForeignUsd,
        InvestmentKind investmentKind,
        Long baseProjectId,
        /** The name of the project an upgrade builds on, when the caller may read it. */
        String baseProjectName,
        BigDecimal incrementInvestment,
        BigDecimal countedInvestment,
        Long unitId,
        String unitName,
        String ownerUsername,
        String sponsorLeader,
        String sponsorUsername,
        String plan,
        AgreementType agreementType,
        Long leadId,
        String leadTitle,
        Long tripId,
        String tripTitle,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
