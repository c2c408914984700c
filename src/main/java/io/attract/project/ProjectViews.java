package io.attract.project;

import io.attract.common.persistence.TupleRecords;
import io.attract.user.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Entities to views. */
@ApplicationScoped
public class ProjectViews {

    @Inject
    EntityManager em;

    @Inject
    ProjectLinks links;

    @Inject
    UnitScope scope;

    List<ProjectListItem> listItems(List<ProjectListQueries.Row> rows, List<StallRule> rules, LocalDate today) {
        return rows.stream()
                .map(r -> new ProjectListItem(
                        r.id(),
                        r.code(),
                        r.name(),
                        r.stage(),
                        r.pool(),
                        r.keyProject(),
                        r.unitId(),
                        r.unitName(),
                        r.ownerUsername(),
                        r.sponsorLeader(),
                        r.industryId(),
                        r.industryName(),
                        r.zoneId(),
                        r.zoneName(),
                        r.investorNames(),
                        r.totalInvestment(),
                        r.stageSince(),
                        r.pendingConfirmation(),
                        StallRules.check(r.stage(), r.stageSince(), r.lastWorklogOn(), rules, today),
                        r.version()))
                .toList();
    }

    /** One statement for the project's own fields and the names they refer to; the base project's only if readable. */
    private static final String RECORD = """
            select p.id, p.code, p.name, p.stage, p.stage_since as stageSince, p.held_stage as heldStage, p.pool,
                   p.key_project as keyProject, p.origin_tier as originTier,
                   p.origin_tier_computed as originTierComputed, p.industry_id as industryId,
                   i.name as industryName, p.industry_code as industryCode, p.zone_id as zoneId, z.name as zoneName,
                   p.park_id as parkId, pk.name as parkName, p.site_id as siteId, s.name as siteName, p.street,
                   p.construction_content as constructionContent, p.attraction_method as attractionMethod, p.source,
                   p.total_investment as totalInvestment, p.fixed_asset_investment as fixedAssetInvestment,
                   p.contract_foreign_usd as contractForeignUsd, p.investment_kind as investmentKind,
                   p.base_project_id as baseProjectId,
                   (select b.name from project b where b.id = p.base_project_id and (:all or b.unit_id = :unit))
                       as baseProjectName,
                   p.increment_investment as incrementInvestment, p.counted_investment as countedInvestment,
                   p.unit_id as unitId, u.name as unitName, p.owner_username as ownerUsername,
                   p.sponsor_leader as sponsorLeader, p.sponsor_username as sponsorUsername, p.plan,
                   p.agreement_type as agreementType, p.lead_id as leadId,
                   (select l.title from lead l where l.id = p.lead_id) as leadTitle, p.trip_id as tripId,
                   (select t.title from trip t where t.id = p.trip_id) as tripTitle, p.created_at as createdAt,
                   p.updated_at as updatedAt, p.version
            from project p
            join org_unit u on u.id = p.unit_id
            left join industry i on i.id = p.industry_id
            left join zone z on z.id = p.zone_id
            left join park pk on pk.id = p.park_id
            left join site s on s.id = p.site_id
            where p.id = :id""";

    ProjectView detail(Project p, Stalled stalled, boolean canEdit, boolean canConfirm) {
        Long readable = scope.readableUnitId();
        Tuple row = (Tuple) em.createNativeQuery(RECORD, Tuple.class)
                .setParameter("id", p.id)
                .setParameter("all", readable == null)
                .setParameter("unit", readable == null ? UnitScope.NO_UNIT : readable)
                .getSingleResult();
        return new ProjectView(
                TupleRecords.map(row, ProjectRecord.class),
                p.investors.stream()
                        .map(e -> new ProjectView.Investor(e.id, e.name, e.creditCode, e.regionCode, e.countryCode))
                        .toList(),
                p.investors.stream().map(e -> e.id).toList(),
                recordedMilestones(p.id),
                links.events(p.id),
                stalled,
                canEdit,
                canConfirm);
    }

    /** The milestones as recorded (every live change, confirmed or not): what the project page shows its officer. */
    private static ProjectView.Milestones recordedMilestones(long projectId) {
        List<ProjectTransition> live =
                ProjectTransition.list("project.id = ?1 and revertedBy is null and returnedAt is null", projectId);
        Function<ProjectStage, LocalDate> first = stage -> live.stream()
                .filter(t -> t.toStage == stage)
                .map(t -> t.effectiveDate)
                .min(LocalDate::compareTo)
                .orElse(null);
        return new ProjectView.Milestones(
                first.apply(ProjectStage.NEGOTIATING),
                first.apply(ProjectStage.SIGNED),
                first.apply(ProjectStage.REGISTERED),
                first.apply(ProjectStage.CONSTRUCTION),
                first.apply(ProjectStage.OPERATING));
    }
}
