package io.attract.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeadClocksTest {

    private static final LeadClocks.Rule CALENDAR = new LeadClocks.Rule(1, 3, 7, 14, false);
    private static final LeadClocks.Rule WORKING = new LeadClocks.Rule(1, 3, 7, 14, true);
    /** A Friday. */
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    private static Lead received(LocalDate on) {
        Lead l = new Lead();
        l.receivedOn = on;
        return l;
    }

    @Test
    void calendarDaysCountTheWeekend() {
        Lead l = received(FRIDAY);
        LeadClocks.recompute(l, CALENDAR);
        assertThat(l.respondDue).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(l.assessDue).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(l.feedbackDue).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(l.progressDue).isNull();
        assertThat(l.nextDueOn).isEqualTo(l.respondDue);
    }

    @Test
    void workingDaysSkipSaturdayAndSunday() {
        Lead l = received(FRIDAY);
        LeadClocks.recompute(l, WORKING);
        assertThat(l.respondDue).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(l.assessDue).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(l.feedbackDue).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aWorkingDayDeadlineOfZeroDaysOnASundayMovesToMonday() {
        assertThat(LeadClocks.plusWorkingDays(LocalDate.of(2026, 11, 22), 0)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(LeadClocks.plusWorkingDays(FRIDAY, 0)).isEqualTo(FRIDAY);
    }

    @Test
    void aDeadlineIsInclusiveAndTheLeadIsOverdueTheDayAfter() {
        Lead l = received(FRIDAY);
        LeadClocks.recompute(l, CALENDAR);
        assertThat(LeadClocks.overdue(l, LocalDate.of(2026, 11, 21))).isFalse();
        assertThat(LeadClocks.overdue(l, LocalDate.of(2026, 11, 22))).isTrue();
        LeadClocks.Clock respond =
                LeadClocks.clocks(l, LocalDate.of(2026, 11, 24)).get(0);
        assertThat(respond.kind()).isEqualTo(LeadClocks.Kind.RESPOND);
        assertThat(respond.overdue()).isTrue();
        assertThat(respond.daysOverdue()).isEqualTo(3);
    }

    @Test
    void doneStepsStopTheirClocksAndTheNextDueIsTheEarliestLeft() {
        Lead l = received(FRIDAY);
        l.respondedOn = FRIDAY;
        LeadClocks.recompute(l, CALENDAR);
        assertThat(l.nextDueOn).isEqualTo(l.assessDue);
        l.assessedOn = FRIDAY.plusDays(2);
        LeadClocks.recompute(l, CALENDAR);
        assertThat(l.nextDueOn).isEqualTo(l.feedbackDue);
        assertThat(LeadClocks.clocks(l, LocalDate.of(2026, 12, 30)).get(0).overdue())
                .isFalse();
    }

    @Test
    void progressIsDueEveryPeriodAfterTheLatestReport() {
        Lead l = received(FRIDAY);
        l.respondedOn = FRIDAY;
        l.assessedOn = FRIDAY;
        l.firstFeedbackOn = LocalDate.of(2026, 11, 25);
        LeadClocks.recompute(l, CALENDAR);
        assertThat(l.progressDue).isEqualTo(LocalDate.of(2026, 12, 9));
        l.lastProgressOn = LocalDate.of(2026, 12, 8);
        LeadClocks.recompute(l, CALENDAR);
        assertThat(l.progressDue).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(l.nextDueOn).isEqualTo(l.progressDue);
        LeadClocks.recompute(l, WORKING);
        assertThat(l.progressDue).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void aClosedLeadHasNoRunningClock() {
        Lead l = received(FRIDAY);
        l.status = LeadStatus.DROPPED;
        LeadClocks.recompute(l, CALENDAR);
        assertThat(l.nextDueOn).isNull();
        assertThat(LeadClocks.overdue(l, LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(LeadClocks.clocks(l, LocalDate.of(2027, 1, 1))).noneMatch(LeadClocks.Clock::overdue);
    }
}
