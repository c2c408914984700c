package io.attract.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record ProjectView(
        long id,
        String code,
        String name,
        ProjectStage stage,
        LocalDate stageSince,
        ProjectStage heldStage,
        ProjectPool pool,
        boolean keyProject,
        List<Investor> investors,
        List<Long> investorEnterpriseIds,
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
        String baseProjectName,
        BigDecimal incrementInvestment,
        BigDecimal countedInvestment,
        Long unitId,
        String unitName,
        String ownerUsername,
        String sponsorLeader,
        String plan,
        AgreementType agreementType,
        Milestones milestones,
        Long leadId,
        String leadTitle,
        Long tripId,
        String tripTitle,
        List<ProjectLinks.Event> events,
        Stalled stalled,
        boolean canEdit,
        boolean canConfirm,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public record Investor(long id, String name, String creditCode, String regionCode, String countryCode) {}

    /** The first business date of each funnel stage as recorded (live changes, confirmed or not). */
    public record Milestones(
            LocalDate negotiatingOn,
            LocalDate signedOn,
            LocalDate registeredOn,
            LocalDate constructionOn,
            LocalDate operatingOn) {}
}
