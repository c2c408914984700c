package io.attract.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        @Schema(nullable = true) ProjectStage heldStage,
        ProjectPool pool,
        boolean keyProject,
        @Schema(nullable = true) OriginTier originTier,
        boolean originTierComputed,
        @Schema(nullable = true) Long industryId,
        @Schema(nullable = true) String industryName,
        @Schema(nullable = true) String industryCode,
        @Schema(nullable = true) Long zoneId,
        @Schema(nullable = true) String zoneName,
        @Schema(nullable = true) Long parkId,
        @Schema(nullable = true) String parkName,
        @Schema(nullable = true) Long siteId,
        @Schema(nullable = true) String siteName,
        @Schema(nullable = true) String street,
        @Schema(nullable = true) String constructionContent,
        @Schema(nullable = true) String attractionMethod,
        @Schema(nullable = true) String source,
        @Schema(nullable = true) BigDecimal totalInvestment,
        @Schema(nullable = true) BigDecimal fixedAssetInvestment,
        @Schema(nullable = true) BigDecimal contractForeignUsd,
        InvestmentKind investmentKind,
        @Schema(nullable = true) Long baseProjectId,
        /** The name of the project an upgrade builds on, when the caller may read it. */
        @Schema(nullable = true) String baseProjectName,
        @Schema(nullable = true) BigDecimal incrementInvestment,
        @Schema(nullable = true) BigDecimal countedInvestment,
        Long unitId,
        String unitName,
        @Schema(nullable = true) String ownerUsername,
        @Schema(nullable = true) String sponsorLeader,
        @Schema(nullable = true) String sponsorUsername,
        @Schema(nullable = true) String plan,
        @Schema(nullable = true) AgreementType agreementType,
        @Schema(nullable = true) Long leadId,
        @Schema(nullable = true) String leadTitle,
        @Schema(nullable = true) Long tripId,
        @Schema(nullable = true) String tripTitle,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
