package io.attract.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.IfMatch;
import io.attract.common.time.BusinessDates;

/**
 * Stage changes through the API: checked and moved by {@link StageRules}; recorded as transitions (confirmed at
 * once when the unit head records them); a correction reverts the live transitions it undoes.
 */
@ApplicationScoped
@Transactional
public class ProjectStages {

    @Inject
    ProjectAccess access;

    public List<TransitionView> history(long projectId) {
        access.find(projectId);
        return transitions(projectId).stream().map(TransitionView::of).toList();
    }

    public record PendingView(TransitionView transition, long projectId, String projectCode, String projectName) {
    }

    /** Stage changes awaiting confirmation: the caller's unit's, or every unit's for a caller without one. */
    public List<PendingView> pending() {
        Long unit = access.readableUnitId();
        List<ProjectTransition> found = ProjectTransition.<ProjectTransition>find("""
                from ProjectTransition t join fetch t.project p
                where t.confirmedAt is null and t.revertedBy is null and (?1 is null or p.unit.id = ?1)
                order by t.recordedAt""", unit).page(0, 200).list();
        return found.stream().map(t -> new PendingView(TransitionView.of(t), t.project.id, t.project.code,
                t.project.name)).toList();
    }

    /** Checks the first stage of a new project under the stage rules (its date not in the future). */
    static StageRules.Move first(ProjectStage stage, LocalDate date) {
        return allowed(StageRules.Position.NEW, StageRules.Change.recorded(stage, date, null, null, false));
    }

    /** The first stage of a new project, recorded like any other change. */
    void recordInitial(Project p, StageRules.Move first) {
        record(p, first, null);
    }

    public Project transition(long projectId, String ifMatch, TransitionRequest r) {
        Project p = access.editable(projectId);
        if (ifMatch != null && !ifMatch.isBlank()) {
            IfMatch.check(ifMatch, p.version);
        }
        List<ProjectTransition> live = transitions(projectId).stream().filter(ProjectTransition::live).toList();
        LocalDate last = live.isEmpty() ? null : live.get(live.size() - 1).effectiveDate;
        StageRules.Move move = allowed(StageRules.Position.of(p, last), StageRules.Change.recorded(r.toStage(),
                r.effectiveDate(), r.note(), r.agreementType(), r.correction()));
        ProjectTransition t = record(p, move, r.note());
        if (move.correction()) {
            LocalDate since = revert(live, t);
            List<ProjectTransition> nowLive = new ArrayList<>(live.stream().filter(ProjectTransition::live).toList());
            nowLive.add(t);
            StageRules.corrected(p, move, since, nowLive);
        } else {
            StageRules.move(p, move);
        }
        ProjectTransition.getEntityManager().flush();
        return p;
    }

    public TransitionView confirm(long projectId, long transitionId) {
        Project p = access.find(projectId);
        if (!access.canConfirm(p)) {
            throw new ApiException(403, "project.not_unit_head", "只有" + p.unit.name + "的负责人可以审核该项目的阶段变更。");
        }
        ProjectTransition t = ProjectTransition.<ProjectTransition>find("id = ?1 and project.id = ?2", transitionId,
                projectId).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("transition.not_found", "找不到该阶段变更记录。"));
        if (!t.live()) {
            throw ApiException.conflict("transition.reverted", "该阶段变更已被更正撤销，无需审核。");
        }
        if (t.confirmedAt == null) {
            t.confirmedAt = Instant.now();
            t.confirmedBy = access.username();
        }
        return TransitionView.of(t);
    }

    /** The rules' answer, or their refusal as the API states it. */
    private static StageRules.Move allowed(StageRules.Position at, StageRules.Change change) {
        try {
            return StageRules.check(at, change, BusinessDates.today());
        } catch (StageRules.Refusal refusal) {
            throw refusal.conflict() ? ApiException.conflict(refusal.code(), refusal.getMessage())
                    : ApiException.invalid(refusal.field(), refusal.code(), refusal.getMessage());
        }
    }

    private ProjectTransition record(Project p, StageRules.Move move, String note) {
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
        if (access.canConfirm(p)) {
            t.confirmedAt = t.recordedAt;
            t.confirmedBy = t.recordedBy;
        }
        t.persist();
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
