package io.attract.lead;

import io.attract.holiday.WorkingDays;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The response clocks of a lead (江门's rules by default): respond, assess and give first feedback within so many
 * days of receiving it, then report progress every so many days. A deadline is inclusive: a lead is overdue the
 * day after. Calendar days unless the rule counts working days: Monday–Friday less the public holidays, plus the
 * 调休 weekend days worked, as the holiday calendar lists them ({@link WorkingDays}, V27).
 */
public final class LeadClocks {

    private LeadClocks() {}

    public record Rule(
            int respondDays,
            int assessDays,
            int feedbackDays,
            int progressEveryDays,
            boolean workingDays,
            WorkingDays calendar) {

        public static Rule of(LeadClockRule r, WorkingDays calendar) {
            return new Rule(r.respondDays, r.assessDays, r.feedbackDays, r.progressEveryDays, r.workingDays, calendar);
        }

        LocalDate plus(LocalDate from, int days) {
            return workingDays ? calendar.plus(from, days) : from.plusDays(days);
        }
    }

    @Schema(name = "ClockKind")
    public enum Kind {
        RESPOND,
        ASSESS,
        FEEDBACK,
        PROGRESS
    }

    /** One clock as shown to people: due, done, and how late. */
    public record Clock(
            Kind kind,
            LocalDate dueOn,
            @Schema(nullable = true) LocalDate doneOn,
            boolean overdue,
            long daysOverdue) {}

    /** Sets the lead's due dates from the rule and its steps; open leads only have a next due date. */
    public static void recompute(Lead lead, Rule rule) {
        lead.respondDue = rule.plus(lead.receivedOn, rule.respondDays());
        lead.assessDue = rule.plus(lead.receivedOn, rule.assessDays());
        lead.feedbackDue = rule.plus(lead.receivedOn, rule.feedbackDays());
        LocalDate lastReport = latest(lead.firstFeedbackOn, lead.lastProgressOn);
        lead.progressDue = lastReport == null ? null : rule.plus(lastReport, rule.progressEveryDays());
        if (lead.status != LeadStatus.OPEN) {
            lead.nextDueOn = null;
            return;
        }
        lead.nextDueOn = Stream.of(
                        lead.respondedOn == null ? lead.respondDue : null,
                        lead.assessedOn == null ? lead.assessDue : null,
                        lead.firstFeedbackOn == null ? lead.feedbackDue : null,
                        lead.progressDue)
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(null);
    }

    /** The four clocks as of {@code today}. A closed lead's clocks do not run: none of them is overdue. */
    public static List<Clock> clocks(Lead lead, LocalDate today) {
        boolean open = lead.status == LeadStatus.OPEN;
        List<Clock> clocks = new ArrayList<>();
        clocks.add(clock(Kind.RESPOND, lead.respondDue, lead.respondedOn, open, today));
        clocks.add(clock(Kind.ASSESS, lead.assessDue, lead.assessedOn, open, today));
        clocks.add(clock(Kind.FEEDBACK, lead.feedbackDue, lead.firstFeedbackOn, open, today));
        clocks.add(clock(Kind.PROGRESS, open ? lead.progressDue : null, null, open, today));
        return clocks;
    }

    public static boolean overdue(Lead lead, LocalDate today) {
        return lead.status == LeadStatus.OPEN && lead.nextDueOn != null && today.isAfter(lead.nextDueOn);
    }

    private static Clock clock(Kind kind, LocalDate due, LocalDate done, boolean open, LocalDate today) {
        boolean late = open && done == null && due != null && today.isAfter(due);
        return new Clock(kind, due, done, late, late ? ChronoUnit.DAYS.between(due, today) : 0);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
