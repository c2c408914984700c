package io.attract.demo;

import io.attract.common.time.BusinessDates;
import io.attract.project.AgreementType;
import io.attract.project.Project;
import io.attract.project.ProjectCounting;
import io.attract.project.ProjectStage;
import io.attract.project.ProjectTransition;
import io.attract.project.StageRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A demo project's way through the funnel: each step checked and moved by {@link StageRules}, as if recorded. */
final class DemoStages {

    private DemoStages() {}

    /** Moves {@code p} along its way (stage, dates, milestones); answers the transitions to persist after it. */
    static List<ProjectTransition> walk(
            Project p, ProjectStage furthest, LocalDate start, LocalDate end, Random random) {
        List<ProjectStage> path = new ArrayList<>();
        if (furthest == ProjectStage.LEAD) {
            path.add(ProjectStage.LEAD);
        } else if (furthest == ProjectStage.ON_HOLD || furthest == ProjectStage.TERMINATED) {
            path.add(ProjectStage.NEGOTIATING);
            if (random.nextBoolean()) {
                path.add(ProjectStage.SIGNED);
            }
            path.add(furthest);
        } else {
            for (ProjectStage stage : ProjectStage.STEPS) {
                path.add(stage);
                if (stage == furthest) {
                    break;
                }
            }
        }
        List<ProjectTransition> steps = new ArrayList<>();
        LocalDate on = start.isAfter(end) ? end : start;
        for (ProjectStage to : path) {
            Instant recordedAt = on.plusDays(random.nextInt(3))
                    .atTime(9 + random.nextInt(9), 0)
                    .atZone(BusinessDates.ZONE)
                    .toInstant();
            AgreementType agreement = null;
            String note = null;
            if (to == ProjectStage.SIGNED) {
                agreement = random.nextInt(10) < 6
                        ? AgreementType.FORMAL
                        : random.nextBoolean() ? AgreementType.FRAMEWORK : AgreementType.INTENT;
                note = random.nextBoolean() ? "于集中签约活动签约" : "双方签署投资协议";
            } else if (to == ProjectStage.ON_HOLD) {
                note = "投资方调整投资计划，暂缓推进";
            } else if (to == ProjectStage.TERMINATED) {
                note = "企业另行选址，终止洽谈";
            }
            ProjectTransition t = record(
                    p, to, on, note, agreement, recordedAt, p.ownerUsername == null ? "officer" : p.ownerUsername);
            // The unit head has confirmed the history (DemoPending adds a few changes that wait on top of it).
            t.confirmedAt = t.recordedAt.plusSeconds(86_400L * (1 + random.nextInt(3)));
            t.confirmedBy = "unithead";
            steps.add(t);
            on = on.plusDays(15 + random.nextInt(60));
            if (on.isAfter(end)) {
                on = end;
            }
        }
        ProjectCounting.recount(p, steps);
        return steps;
    }

    /**
     * One step as an officer would record it: the rules check it and move the project; the transition (not yet
     * persisted, not confirmed) says who recorded it and when.
     */
    static ProjectTransition record(
            Project p,
            ProjectStage to,
            LocalDate on,
            String note,
            AgreementType agreement,
            Instant recordedAt,
            String recordedBy) {
        StageRules.Move move = StageRules.check(
                StageRules.Position.of(p, p.stageSince),
                StageRules.Change.recorded(to, on, note, agreement, false),
                BusinessDates.today());
        StageRules.move(p, move);
        ProjectTransition t = new ProjectTransition();
        t.project = p;
        t.fromStage = move.from();
        t.toStage = move.to();
        t.effectiveDate = move.date();
        t.agreementType = move.agreement();
        t.note = note;
        t.recordedAt = recordedAt;
        t.recordedBy = recordedBy;
        return t;
    }
}
