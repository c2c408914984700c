package io.attract.project;

import io.attract.user.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Entities to views. */
@ApplicationScoped
public class ProjectViews {

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectLinks links;

    @Inject
    UnitScope scope;

    /** The name of the project an upgrade builds on, if the caller may read it. */
    private String baseName(Long baseProjectId) {
        return baseProjectId == null
                ? null
                : projects.findByIdOptional(baseProjectId)
                        .filter(base -> scope.canRead(base.unit.id))
                        .map(base -> base.name)
                        .orElse(null);
    }

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

    ProjectView detail(Project p, Stalled stalled, boolean canEdit, boolean canConfirm) {
        return new ProjectView(
                p.id,
                p.code,
                p.name,
                p.stage,
                p.stageSince,
                p.heldStage,
                p.pool,
                p.keyProject,
                p.investors.stream()
                        .map(e -> new ProjectView.Investor(e.id, e.name, e.creditCode, e.regionCode, e.countryCode))
                        .toList(),
                p.investors.stream().map(e -> e.id).toList(),
                p.originTier,
                p.originTierComputed,
                p.industry == null ? null : p.industry.id,
                p.industry == null ? null : p.industry.name,
                p.industryCode,
                p.zone == null ? null : p.zone.id,
                p.zone == null ? null : p.zone.name,
                p.park == null ? null : p.park.id,
                p.park == null ? null : p.park.name,
                p.site == null ? null : p.site.id,
                p.site == null ? null : p.site.name,
                p.street,
                p.constructionContent,
                p.attractionMethod,
                p.source,
                p.totalInvestment,
                p.fixedAssetInvestment,
                p.contractForeignUsd,
                p.investmentKind,
                p.baseProjectId,
                baseName(p.baseProjectId),
                p.incrementInvestment,
                p.countedInvestment(),
                p.unit.id,
                p.unit.name,
                p.ownerUsername,
                p.sponsorLeader,
                p.plan,
                p.agreementType,
                recordedMilestones(p.id),
                p.leadId,
                links.leadTitle(p.leadId),
                p.tripId,
                links.tripTitle(p.tripId),
                links.events(p.id),
                stalled,
                canEdit,
                canConfirm,
                p.createdAt,
                p.updatedAt,
                p.version);
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
