package io.attract.project;

import java.util.List;

/**
 * What the figures count of a project's stage changes (审核, docs/api-confirmation.md): a transition counts when it
 * is confirmed, not sent back, and not reverted by a confirmed correction — a pending correction does not uncount
 * what it reverts. The milestones the cockpit, report and ranking read are the first dates among counted
 * transitions; the project's working stage moves on entry regardless.
 */
public final class ProjectCounting {

    private ProjectCounting() {}

    static boolean counts(ProjectTransition t) {
        return t.confirmedAt != null
                && t.returnedAt == null
                && (t.revertedBy == null || t.revertedBy.confirmedAt == null);
    }

    /** Marks each of the project's transitions counted or not and sets its milestones from the counted ones. */
    public static void recount(Project p, List<ProjectTransition> all) {
        all.forEach(t -> t.counted = counts(t));
        StageRules.milestoneDates(p, all.stream().filter(t -> t.counted).toList());
    }
}
