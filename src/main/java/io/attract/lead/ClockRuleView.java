package io.attract.lead;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The lead deadlines an admin sets; also the PUT body. */
public record ClockRuleView(
        @Min(value = 0, message = "天数应在 0–365 之间") @Max(value = 365, message = "天数应在 0–365 之间")
        int respondDays,

        @Min(value = 0, message = "天数应在 0–365 之间") @Max(value = 365, message = "天数应在 0–365 之间")
        int assessDays,

        @Min(value = 0, message = "天数应在 0–365 之间") @Max(value = 365, message = "天数应在 0–365 之间")
        int feedbackDays,

        @Min(value = 1, message = "天数应在 1–365 之间") @Max(value = 365, message = "天数应在 1–365 之间")
        int progressEveryDays,

        boolean workingDays,
        long version) {

    public static ClockRuleView of(LeadClockRule r) {
        return new ClockRuleView(
                r.respondDays, r.assessDays, r.feedbackDays, r.progressEveryDays, r.workingDays, r.version);
    }
}
