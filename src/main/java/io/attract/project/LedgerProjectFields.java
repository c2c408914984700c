package io.attract.project;

import static io.attract.project.LedgerColumns.CONTENT;
import static io.attract.project.LedgerColumns.CONTRACT_USD;
import static io.attract.project.LedgerColumns.FIXED_ASSET;
import static io.attract.project.LedgerColumns.INDUSTRY;
import static io.attract.project.LedgerColumns.INDUSTRY_CODE;
import static io.attract.project.LedgerColumns.INVESTORS;
import static io.attract.project.LedgerColumns.KEY_PROJECT;
import static io.attract.project.LedgerColumns.METHOD;
import static io.attract.project.LedgerColumns.ORIGIN_TIER;
import static io.attract.project.LedgerColumns.PARK_OR_SITE;
import static io.attract.project.LedgerColumns.SOURCE;
import static io.attract.project.LedgerColumns.SPONSOR;
import static io.attract.project.LedgerColumns.STREET;
import static io.attract.project.LedgerColumns.TOTAL;
import static io.attract.project.LedgerColumns.ZONE;

import io.attract.common.persistence.VersionedEntity;
import io.attract.enterprise.Enterprise;
import io.attract.industry.Industry;
import io.attract.space.Park;
import io.attract.space.Site;
import io.attract.space.Zone;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The project's own fields as they should be after the import. For an existing project a column the sheet has
 * wins (a blank cell clears the field); a column it does not have leaves the system's value. The origin tier
 * follows the first investor unless the ledger (or a person, earlier) set it.
 */
record LedgerProjectFields(
        String name,
        ProjectPool pool,
        boolean keyProject,
        List<Enterprise> investors,
        OriginTier originTier,
        boolean originTierComputed,
        Industry industry,
        String industryCode,
        Zone zone,
        Park park,
        Site site,
        String street,
        String constructionContent,
        String attractionMethod,
        String source,
        BigDecimal totalInvestment,
        BigDecimal fixedAssetInvestment,
        BigDecimal contractForeignUsd,
        String ownerUsername,
        String sponsorLeader,
        String sponsorUsername,
        Long tripId) {

    static LedgerProjectFields of(
            LedgerRow row, Project p, List<Enterprise> investors, OriginTiers tiers, String defaultOwner) {
        List<Enterprise> firms = p == null || row.has(INVESTORS) ? investors : List.copyOf(p.investors);
        OriginTier tier;
        boolean computed;
        if (row.originTier() != null) {
            tier = row.originTier();
            computed = false;
        } else if (p != null && !p.originTierComputed && !row.has(ORIGIN_TIER)) {
            tier = p.originTier;
            computed = false;
        } else {
            tier = firms.isEmpty() ? null : tiers.of(firms.get(0).regionCode, firms.get(0).countryCode);
            computed = true;
        }
        boolean place = p == null || row.has(PARK_OR_SITE);
        return new LedgerProjectFields(
                row.name(),
                row.pool() != null ? row.pool() : p != null ? p.pool : defaultPool(row),
                p == null || row.has(KEY_PROJECT) ? Boolean.TRUE.equals(row.keyProject()) : p.keyProject,
                firms,
                tier,
                computed,
                pick(row, p, INDUSTRY, row.industry(), q -> q.industry),
                pick(row, p, INDUSTRY_CODE, row.industryCode(), q -> q.industryCode),
                pick(row, p, ZONE, row.zone(), q -> q.zone),
                place ? (row.place() == null ? null : row.place().park()) : p.park,
                place ? (row.place() == null ? null : row.place().site()) : p.site,
                pick(row, p, STREET, row.street(), q -> q.street),
                pick(row, p, CONTENT, row.constructionContent(), q -> q.constructionContent),
                pick(row, p, METHOD, row.attractionMethod(), q -> q.attractionMethod),
                pick(row, p, SOURCE, row.source(), q -> q.source),
                pick(row, p, TOTAL, row.totalInvestment(), q -> q.totalInvestment),
                pick(row, p, FIXED_ASSET, row.fixedAssetInvestment(), q -> q.fixedAssetInvestment),
                pick(row, p, CONTRACT_USD, row.contractForeignUsd(), q -> q.contractForeignUsd),
                row.owner() != null ? row.owner() : p != null ? p.ownerUsername : defaultOwner,
                pick(row, p, SPONSOR, row.sponsorLeader(), q -> q.sponsorLeader),
                pick(row, p, SPONSOR, row.sponsorUsername(), q -> q.sponsorUsername),
                // a trip the sheet names links the project to it; naming none leaves the link as it is
                row.engagement().tripId() != null ? row.engagement().tripId() : p == null ? null : p.tripId);
    }

    boolean sameAs(Project p) {
        return name.equals(p.name)
                && pool == p.pool
                && keyProject == p.keyProject
                && sameFirms(p.investors)
                && originTier == p.originTier
                && originTierComputed == p.originTierComputed
                && same(industry, p.industry)
                && Objects.equals(industryCode, p.industryCode)
                && same(zone, p.zone)
                && same(park, p.park)
                && same(site, p.site)
                && Objects.equals(street, p.street)
                && Objects.equals(constructionContent, p.constructionContent)
                && Objects.equals(attractionMethod, p.attractionMethod)
                && Objects.equals(source, p.source)
                && sameAmount(totalInvestment, p.totalInvestment)
                && sameAmount(fixedAssetInvestment, p.fixedAssetInvestment)
                && sameAmount(contractForeignUsd, p.contractForeignUsd)
                && Objects.equals(ownerUsername, p.ownerUsername)
                && Objects.equals(sponsorLeader, p.sponsorLeader)
                && Objects.equals(sponsorUsername, p.sponsorUsername)
                && Objects.equals(tripId, p.tripId);
    }

    void applyTo(Project p) {
        p.name = name;
        p.pool = pool;
        p.keyProject = keyProject;
        if (!sameFirms(p.investors)) {
            p.investors.clear();
            p.investors.addAll(investors);
        }
        p.originTier = originTier;
        p.originTierComputed = originTierComputed;
        p.industry = industry;
        p.industryCode = industryCode;
        p.zone = zone;
        p.park = park;
        p.site = site;
        p.street = street;
        p.constructionContent = constructionContent;
        p.attractionMethod = attractionMethod;
        p.source = source;
        p.totalInvestment = totalInvestment;
        p.fixedAssetInvestment = fixedAssetInvestment;
        p.contractForeignUsd = contractForeignUsd;
        p.ownerUsername = ownerUsername;
        p.sponsorLeader = sponsorLeader;
        p.sponsorUsername = sponsorUsername;
        p.tripId = tripId;
    }

    /** 实施库 for a project signed or further on, else 推进库, when the ledger does not say. */
    private static ProjectPool defaultPool(LedgerRow row) {
        ProjectStage reached = row.stage().inFunnel()
                ? row.stage()
                : row.dates().keySet().stream().reduce((a, b) -> b).orElse(ProjectStage.LEAD);
        return reached.before(ProjectStage.SIGNED) ? ProjectPool.PROMOTION : ProjectPool.IMPLEMENTATION;
    }

    private static <T> T pick(LedgerRow row, Project p, String column, T ledger, Function<Project, T> system) {
        return p == null || row.has(column) ? ledger : system.apply(p);
    }

    private boolean sameFirms(List<Enterprise> current) {
        if (current.size() != investors.size()) {
            return false;
        }
        for (int i = 0; i < current.size(); i++) {
            if (!same(current.get(i), investors.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The same record: one instance, or one id (a lazy reference and the loaded record are two objects). */
    private static boolean same(VersionedEntity a, VersionedEntity b) {
        return a == b || a != null && b != null && a.id != null && a.id.equals(b.id);
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
