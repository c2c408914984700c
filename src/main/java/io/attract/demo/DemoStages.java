package io.attract.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.attract.common.time.BusinessDates;
import io.attract.project.AgreementType;
import io.attract.project.Project;
import io.attract.project.ProjectStage;
import io.attract.project.ProjectTransition;

/** A demo project's way through the funnel: its transitions, stage and milestone dates, as the rules would set them. */
final class DemoStages {

    private static final ProjectStage[] FUNNEL = { ProjectStage.NEGOTIATING, ProjectStage.SIGNED,
            ProjectStage.REGISTERED, ProjectStage.CONSTRUCTION, ProjectStage.OPERATING };

    private DemoStages() {
    }

    /** Sets stage, dates and milestones on {@code p}; answers the transitions to persist after it. */
    static List<ProjectTransition> walk(Project p, ProjectStage furthest, LocalDate start, LocalDate end,
            Random random) {
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
            for (ProjectStage stage : FUNNEL) {
                path.add(stage);
                if (stage == furthest) {
                    break;
                }
            }
        }
        List<ProjectTransition> steps = new ArrayList<>();
        LocalDate on = start.isAfter(end) ? end : start;
        ProjectStage from = null;
        for (ProjectStage to : path) {
            ProjectTransition t = new ProjectTransition();
            t.project = p;
            t.fromStage = from;
            t.toStage = to;
            t.effectiveDate = on;
            t.recordedAt = on.plusDays(random.nextInt(3)).atTime(9 + random.nextInt(9), 0).atZone(BusinessDates.ZONE)
                    .toInstant();
            t.recordedBy = p.ownerUsername == null ? "officer" : p.ownerUsername;
            if (to == ProjectStage.SIGNED) {
                t.agreementType = random.nextInt(10) < 6 ? AgreementType.FORMAL
                        : random.nextBoolean() ? AgreementType.FRAMEWORK : AgreementType.INTENT;
                t.note = random.nextBoolean() ? "于集中签约活动签约" : "双方签署投资协议";
                p.agreementType = t.agreementType;
            } else if (to == ProjectStage.ON_HOLD) {
                t.note = "投资方调整投资计划，暂缓推进";
                p.heldStage = from;
            } else if (to == ProjectStage.TERMINATED) {
                t.note = "企业另行选址，终止洽谈";
                p.heldStage = from;
            }
            // The unit head has confirmed everything but the last fortnight's changes.
            if (on.isBefore(end.minusDays(14))) {
                t.confirmedAt = t.recordedAt.plusSeconds(86_400L * (1 + random.nextInt(3)));
                t.confirmedBy = "unithead";
            }
            steps.add(t);
            milestone(p, to, on);
            p.stage = to;
            p.stageSince = on;
            from = to;
            on = on.plusDays(15 + random.nextInt(60));
            if (on.isAfter(end)) {
                on = end;
            }
        }
        if (p.stage != ProjectStage.ON_HOLD) {
            p.heldStage = null;
        }
        return steps;
    }

    private static void milestone(Project p, ProjectStage stage, LocalDate on) {
        switch (stage) {
            case NEGOTIATING -> p.negotiatingOn = on;
            case SIGNED -> p.signedOn = on;
            case REGISTERED -> p.registeredOn = on;
            case CONSTRUCTION -> p.constructionOn = on;
            case OPERATING -> p.operatingOn = on;
            default -> {
            }
        }
    }
}
