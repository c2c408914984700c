package io.attract.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ProjectView(
        long id,
        String code,
        String name,
        ProjectStage stage,
        LocalDate stageSince,
        @Schema(nullable = true) ProjectStage heldStage,
        ProjectPool pool,
        boolean keyProject,
        List<Investor> investors,
        List<Long> investorEnterpriseIds,
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
        @Schema(nullable = true) String baseProjectName,
        @Schema(nullable = true) BigDecimal incrementInvestment,
        @Schema(nullable = true) BigDecimal countedInvestment,
        Long unitId,
        String unitName,
        @Schema(nullable = true) String ownerUsername,
        @Schema(nullable = true) String sponsorLeader,
        @Schema(nullable = true) String plan,
        @Schema(nullable = true) AgreementType agreementType,
        Milestones milestones,
        @Schema(nullable = true) Long leadId,
        @Schema(nullable = true) String leadTitle,
        @Schema(nullable = true) Long tripId,
        @Schema(nullable = true) String tripTitle,
        List<ProjectLinks.Event> events,
        @Schema(nullable = true) Stalled stalled,
        boolean canEdit,
        boolean canConfirm,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public record Investor(
            long id,
            String name,
            @Schema(nullable = true) String creditCode,
            @Schema(nullable = true) String regionCode,
            @Schema(nullable = true) String countryCode) {}

    /** The first business date of each funnel stage as recorded (live changes, confirmed or not). */
    public record Milestones(
            @Schema(nullable = true) LocalDate negotiatingOn,
            @Schema(nullable = true) LocalDate signedOn,
            @Schema(nullable = true) LocalDate registeredOn,
            @Schema(nullable = true) LocalDate constructionOn,
            @Schema(nullable = true) LocalDate operatingOn) {}
}
