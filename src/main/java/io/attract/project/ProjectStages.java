package io.attract.project;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.IfMatch;
import io.attract.common.time.BusinessDates;
import io.attract.settings.DistrictSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage changes through the API: checked and moved by {@link StageRules}; recorded as transitions (confirmed at
 * once when the unit head records them); a correction reverts the live transitions it undoes.
 */
@ApplicationScoped
@Transactional
public class ProjectStages {

    @Inject
    ProjectAccess access;

    @Inject
    DistrictSettings settings;

    @Inject
    EntityManager em;

    public List<TransitionView> history(long projectId) {
        access.find(projectId);
        return transitions(projectId).stream().map(TransitionView::of).toList();
    }

    public record PendingView(TransitionView transition, long projectId, String projectCode, String projectName) {}

    /** Stage changes awaiting confirmation: the caller's unit's, or every unit's for a caller without one. */
    public List<PendingView> pending() {
        Long unit = access.readableUnitId();
        // Which wait is V24's view; the entities then come with their projects in one statement, not one each.
        @SuppressWarnings("unchecked")
        List<Long> ids =
                em.createNativeQuery("""
                select t.id from waiting_transition t join project p on p.id = t.project_id
                where cast(:unit as bigint) is null or p.unit_id = :unit
                order by t.recorded_at limit 200""", Long.class).setParameter("unit", unit).getResultList();
        List<ProjectTransition> found = ids.isEmpty()
                ? List.of()
                : ProjectTransition.<ProjectTransition>find(
                                "from ProjectTransition t join fetch t.project where t.id in ?1 order by t.recordedAt",
                                ids)
                        .list();
        return found.stream()
                .map(t -> new PendingView(TransitionView.of(t), t.project.id, t.project.code, t.project.name))
                .toList();
    }

    /** Checks the first stage of a new project under the stage rules (its date not in the future). */
    static StageRules.Move first(ProjectStage stage, LocalDate date) {
        return allowed(StageRules.Position.NEW, StageRules.Change.recorded(stage, date, null, null, false));
    }

    /** The first stage of a new project, recorded like any other change (the caller persists it after the project). */
    ProjectTransition initial(Project p, StageRules.Move first) {
        ProjectTransition t = transition(p, first, null);
        ProjectCounting.recount(p, List.of(t));
        return t;
    }

    public Project transition(long projectId, String ifMatch, TransitionRequest r) {
        Project p = access.editable(projectId);
        if (ifMatch != null && !ifMatch.isBlank()) {
            IfMatch.check(ifMatch, p.version);
        }
        List<ProjectTransition> live =
                transitions(projectId).stream().filter(ProjectTransition::live).toList();
        LocalDate last = live.isEmpty() ? null : live.get(live.size() - 1).effectiveDate;
        StageRules.Move move = allowed(
                StageRules.Position.of(p, last),
                StageRules.Change.recorded(
                        r.toStage(), r.effectiveDate(), r.note(), r.agreementType(), r.correction()));
        ProjectTransition t = record(p, move, r.note());
        if (move.correction()) {
            LocalDate since = revert(live, t);
            List<ProjectTransition> nowLive = new ArrayList<>(
                    live.stream().filter(ProjectTransition::live).toList());
            nowLive.add(t);
            StageRules.corrected(p, move, since, nowLive);
        } else {
            StageRules.move(p, move);
        }
        ProjectCounting.recount(p, transitions(projectId));
        ProjectTransition.getEntityManager().flush();
        return p;
    }

    public TransitionView confirm(long projectId, long transitionId) {
        ProjectTransition t = pendingOf(projectId, transitionId);
        t.confirm(access.username(), Instant.now());
        ProjectCounting.recount(t.project, transitions(projectId));
        return TransitionView.of(t);
    }

    /**
     * 退回: the unit head sends a pending change back with a reason. It is undone in the working data (a correction
     * gives back what it reverted) and never counts; the officer records it again, corrected. Only the project's
     * latest live change can go back, and not its first stage.
     */
    public TransitionView sendBack(long projectId, long transitionId, String reason) {
        ProjectTransition t = pendingOf(projectId, transitionId);
        Project p = t.project;
        List<ProjectTransition> all = transitions(projectId);
        List<ProjectTransition> live =
                all.stream().filter(ProjectTransition::live).toList();
        if (live.get(live.size() - 1) != t) {
            throw ApiException.conflict("confirmation.not_latest", "只能退回该项目最近的一次阶段变更，请先处理其后的变更。");
        }
        if (t.fromStage == null) {
            throw ApiException.conflict("confirmation.first_stage", "项目的初始阶段不能退回；如登记有误，请专员修改或终止该项目。");
        }
        all.stream().filter(x -> x.revertedBy == t).forEach(x -> x.revertedBy = null);
        t.returnedAt = Instant.now();
        t.returnedBy = access.username();
        t.returnReason = reason;
        List<ProjectTransition> nowLive =
                all.stream().filter(ProjectTransition::live).toList();
        StageRules.restored(p, nowLive);
        ProjectCounting.recount(p, all);
        ProjectTransition.getEntityManager().flush();
        return TransitionView.of(t);
    }

    /** A live, unconfirmed change of a project the caller heads. */
    private ProjectTransition pendingOf(long projectId, long transitionId) {
        Project p = access.find(projectId);
        if (!access.canConfirm(p)) {
            throw new ApiException(403, "project.not_unit_head", "只有" + p.unit.name + "的负责人可以审核该项目的阶段变更。");
        }
        ProjectTransition t = ProjectTransition.<ProjectTransition>find(
                        "id = ?1 and project.id = ?2", transitionId, projectId)
                .firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("confirmation.not_found", "找不到该阶段变更记录。"));
        if (!t.pending()) {
            throw ApiException.conflict(
                    "confirmation.not_pending",
                    t.returnedAt != null ? "该阶段变更已退回。" : t.confirmedAt != null ? "该阶段变更已审核。" : "该阶段变更已被更正撤销，无需审核。");
        }
        return t;
    }

    /** The rules' answer, or their refusal as the API states it. */
    private static StageRules.Move allowed(StageRules.Position at, StageRules.Change change) {
        try {
            return StageRules.check(at, change, BusinessDates.today());
        } catch (StageRules.Refusal refusal) {
            throw refusal.conflict()
                    ? ApiException.conflict(refusal.code(), refusal.getMessage())
                    : ApiException.invalid(refusal.field(), refusal.code(), refusal.getMessage());
        }
    }

    private ProjectTransition record(Project p, StageRules.Move move, String note) {
        ProjectTransition t = transition(p, move, note);
        t.persist();
        return t;
    }

    /** The change as recorded by the caller, confirmed on entry when they head the unit or 审核 is off. */
    private ProjectTransition transition(Project p, StageRules.Move move, String note) {
        ProjectTransition t = new ProjectTransition();
        t.project = p;
        t.fromStage = move.from();
        t.toStage = move.to();
        t.effectiveDate = move.date();
        t.note = note == null || note.isBlank() ? null : note.strip();
        t.agreementType = move.agreement();
        t.correction = move.correction();
        t.recordedAt = Instant.now();
        t.recordedBy = access.username();
        if (access.canConfirm(p) || !settings.confirmationRequired()) {
            t.confirm(t.recordedBy, t.recordedAt);
        }
        return t;
    }

    /**
     * Reverts, newest first, the live transitions a correction to {@code correction.toStage} undoes; answers the
     * date the project has been in that stage: the original entry's when it reaches one, else the correction's.
     */
    private static LocalDate revert(List<ProjectTransition> live, ProjectTransition correction) {
        ProjectStage to = correction.toStage;
        for (int i = live.size() - 1; i >= 0; i--) {
            ProjectTransition t = live.get(i);
            if (t.toStage.inFunnel() && !to.before(t.toStage)) {
                return t.toStage == to ? t.effectiveDate : correction.effectiveDate;
            }
            t.revertedBy = correction;
        }
        return correction.effectiveDate;
    }

    private static List<ProjectTransition> transitions(long projectId) {
        return ProjectTransition.list("project.id = ?1 order by recordedAt, id", projectId);
    }
}
