package io.attract.project;

import java.time.LocalDate;
import java.util.List;

/**
 * A project list query. {@code newStage} (NEGOTIATING, SIGNED, LANDED or ANY) keeps the projects counted as new at
 * that stage in [{@code from}, {@code to}] by the cockpit's rule; {@code withFunds} keeps those with funds arriving
 * in that period. Both are how a cockpit figure drills down to the projects behind it. {@code pendingConfirmation}
 * keeps those with a stage change or fund entry waiting for the unit head (审核). {@code sponsorUsername} keeps the
 * projects that user sponsors (包挂领导; the API's {@code sponsoredByMe} sets it to the caller).
 */
public record ProjectFilter(
        String q,
        List<ProjectStage> stages,
        ProjectPool pool,
        Long unitId,
        Long industryId,
        Long zoneId,
        Boolean keyProject,
        boolean stalled,
        NewStage newStage,
        LocalDate from,
        LocalDate to,
        boolean withFunds,
        boolean pendingConfirmation,
        String sponsorUsername) {

    public enum NewStage {
        NEGOTIATING,
        SIGNED,
        LANDED,
        ANY
    }

    public ProjectFilter withUnit(Long unit) {
        return new ProjectFilter(
                q,
                stages,
                pool,
                unit,
                industryId,
                zoneId,
                keyProject,
                stalled,
                newStage,
                from,
                to,
                withFunds,
                pendingConfirmation,
                sponsorUsername);
    }
}
