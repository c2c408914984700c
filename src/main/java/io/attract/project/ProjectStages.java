package io.attract.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.attract.common.error.ApiException;
import io.attract.common.persistence.IfMatch;
import io.attract.common.time.BusinessDates;

/**
 * The stage rules: forward moves may skip stages; going back is only a recorded correction that reverts what it
 * undoes; 签约 needs its agreement type; 搁置 and 终止 need a reason; business dates never run backwards.
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

    /** The first stage of a new project, recorded like any other change. */
    void recordInitial(Project p, LocalDate date, String note) {
        record(p, null, p.stage, date, note, null, false);
    }

    public Project transition(long projectId, String ifMatch, TransitionRequest r) {
        Project p = access.editable(projectId);
        if (ifMatch != null && !ifMatch.isBlank()) {
            IfMatch.check(ifMatch, p.version);
        }
        notInFuture(r.effectiveDate());
        ProjectStage from = p.stage;
        ProjectStage to = r.toStage();
        if (to == from) {
            throw ApiException.conflict("project.same_stage", "项目已处于“" + ProjectLabels.stage(to) + "”阶段。");
        }
        boolean backwards = to.inFunnel() && (from == ProjectStage.TERMINATED || to.before(p.funnelStage()));
        if (from == ProjectStage.TERMINATED && !to.inFunnel()) {
            throw ApiException.conflict("project.terminated", "项目已终止；如属误操作，请以“更正”方式恢复到原阶段。");
        }
        if (backwards && !r.correction()) {
            throw ApiException.invalid("correction", "project.correction_required",
                    "从“" + ProjectLabels.stage(from) + "”退回“" + ProjectLabels.stage(to) + "”只能作为更正登记：请勾选“更正”并说明原因。");
        }
        if (r.correction() && !backwards) {
            throw ApiException.invalid("correction", "project.not_a_correction", "只有退回到之前的阶段才算更正。");
        }
        boolean blankNote = r.note() == null || r.note().isBlank();
        if (blankNote && (backwards || !to.inFunnel())) {
            throw ApiException.invalid("note", "project.note_required",
                    backwards ? "请说明更正的原因。" : "请说明" + ProjectLabels.stage(to) + "的原因。");
        }
        boolean resuming = from == ProjectStage.ON_HOLD && to == p.heldStage;
        AgreementType agreement = r.agreementType() != null ? r.agreementType() : resuming ? p.agreementType : null;
        if (to == ProjectStage.SIGNED && agreement == null) {
            throw ApiException.invalid("agreementType", "project.agreement_required", "签约须选择协议类型（意向、框架或正式）。");
        }
        List<ProjectTransition> live = transitions(projectId).stream().filter(ProjectTransition::live).toList();
        LocalDate last = live.isEmpty() ? null : live.get(live.size() - 1).effectiveDate;
        if (!backwards && last != null && r.effectiveDate().isBefore(last)) {
            throw ApiException.invalid("effectiveDate", "project.transition_date_order",
                    "业务日期不能早于上一次阶段变更的日期（" + last + "）。");
        }
        ProjectTransition t = record(p, from, to, r.effectiveDate(), r.note(), agreement, backwards);
        p.stageSince = backwards ? revert(live, t) : r.effectiveDate();
        p.heldStage = to == ProjectStage.ON_HOLD ? p.funnelStage() : null;
        p.stage = to;
        List<ProjectTransition> nowLive = new java.util.ArrayList<>(live.stream().filter(ProjectTransition::live).toList());
        nowLive.add(t);
        milestones(p, nowLive);
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

    static void notInFuture(LocalDate date) {
        if (date.isAfter(BusinessDates.today())) {
            throw ApiException.invalid("effectiveDate", "project.date_in_future", "业务日期不能晚于今天。");
        }
    }

    private ProjectTransition record(Project p, ProjectStage from, ProjectStage to, LocalDate date, String note,
            AgreementType agreement, boolean correction) {
        ProjectTransition t = new ProjectTransition();
        t.project = p;
        t.fromStage = from;
        t.toStage = to;
        t.effectiveDate = date;
        t.note = note == null || note.isBlank() ? null : note.strip();
        t.agreementType = agreement;
        t.correction = correction;
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

    /** First business date of each funnel stage among live transitions; the agreement of the latest signing. */
    private static void milestones(Project p, List<ProjectTransition> live) {
        p.negotiatingOn = first(live, ProjectStage.NEGOTIATING);
        p.signedOn = first(live, ProjectStage.SIGNED);
        p.registeredOn = first(live, ProjectStage.REGISTERED);
        p.constructionOn = first(live, ProjectStage.CONSTRUCTION);
        p.operatingOn = first(live, ProjectStage.OPERATING);
        p.agreementType = live.stream().filter(t -> t.toStage == ProjectStage.SIGNED && t.agreementType != null)
                .reduce((a, b) -> b).map(t -> t.agreementType).orElse(p.signedOn == null ? null : p.agreementType);
    }

    private static LocalDate first(List<ProjectTransition> live, ProjectStage stage) {
        return live.stream().filter(t -> t.toStage == stage).map(t -> t.effectiveDate).min(LocalDate::compareTo)
                .orElse(null);
    }

    private static List<ProjectTransition> transitions(long projectId) {
        return ProjectTransition.list("project.id = ?1 order by recordedAt, id", projectId);
    }
}
