package io.attract.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.attract.holiday.HolidayKind;
import io.attract.holiday.WorkingDays;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadClocksTest {

    private static final LeadClocks.Rule CALENDAR = new LeadClocks.Rule(1, 3, 7, 14, false, WorkingDays.WEEKDAYS);
    private static final LeadClocks.Rule WORKING = new LeadClocks.Rule(1, 3, 7, 14, true, WorkingDays.WEEKDAYS);
    /** A Friday. */
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);

    private static Lead received(LocalDate on) {
        Lead l = new Lead();
        l.receivedOn = on;
        return l;
    }

    /** A lead received on this day, its deadlines set by this rule. */
    private static Lead receivedUnder(LocalDate on, LeadClocks.Rule rule) {
        Lead l = received(on);
        LeadClocks.recompute(l, rule);
        return l;
    }

    /** Asserts the lead's deadlines to respond, to assess and for the first feedback. */
    private static void assertDues(Lead l, LocalDate respond, LocalDate assess, LocalDate feedback) {
        assertThat(l.respondDue).as("respond").isEqualTo(respond);
        assertThat(l.assessDue).as("assess").isEqualTo(assess);
        assertThat(l.feedbackDue).as("feedback").isEqualTo(feedback);
    }

    @Test
    void calendarDaysCountTheWeekend() {
        Lead l = receivedUnder(FRIDAY, CALENDAR);
        assertDues(l, LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 27));
        assertThat(l.progressDue).isNull();
        assertThat(l.nextDueOn).isEqualTo(l.respondDue);
    }

    @Test
    void workingDaysSkipSaturdayAndSunday() {
        Lead l = receivedUnder(FRIDAY, WORKING);
        assertDues(l, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 1));
    }

    @Test
    void aWorkingDayDeadlineOfZeroDaysOnASundayMovesToMonday() {
        assertThat(WorkingDays.WEEKDAYS.plus(LocalDate.of(2026, 11, 22), 0)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(WorkingDays.WEEKDAYS.plus(FRIDAY, 0)).isEqualTo(FRIDAY);
    }

    /** 2025's 国庆节、中秋节 as announced: 1–8 October off, Sunday 28 September and Saturday 11 October worked. */
    private static final WorkingDays NATIONAL_DAY_2025 = new WorkingDays(Map.ofEntries(
            Map.entry(LocalDate.of(2025, 9, 28), HolidayKind.WORKDAY),
            Map.entry(LocalDate.of(2025, 10, 1), HolidayKind.OFF),
            Map.entry(LocalDate.of(2025, 10, 2), HolidayKind.OFF),
            Map.entry(LocalDate.of(2025, 10, 3), HolidayKind.OFF),
            Map.entry(LocalDate.of(2025, 10, 4), HolidayKind.OFF),
            Map.entry(LocalDate.of(2025, 10, 5), HolidayKind.OFF),
            Map.entry(LocalDate.of(2025, 10, 6), HolidayKind.OFF),
            Map.entry(LocalDate.of(2025, 10, 7), HolidayKind.OFF),
            Map.entry(LocalDate.of(2025, 10, 8), HolidayKind.OFF),
            Map.entry(LocalDate.of(2025, 10, 11), HolidayKind.WORKDAY)));

    @Test
    void workingDaysSkipTheHolidayAndCountTheTiaoxiuWeekendDays() {
        // Received Friday 26 September 2025: Sunday the 28th is worked (调休), 1–8 October are off.
        Lead l = receivedUnder(LocalDate.of(2025, 9, 26), new LeadClocks.Rule(1, 4, 7, 14, true, NATIONAL_DAY_2025));
        assertDues(l, LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 9), LocalDate.of(2025, 10, 13));
        // Saturday 11 October is a working day, the Sunday after is not.
        assertThat(NATIONAL_DAY_2025.plus(LocalDate.of(2025, 10, 10), 1)).isEqualTo(LocalDate.of(2025, 10, 11));
        assertThat(NATIONAL_DAY_2025.plus(LocalDate.of(2025, 10, 11), 1)).isEqualTo(LocalDate.of(2025, 10, 13));
    }

    @Test
    void aDeadlineOfZeroWorkingDaysOnAHolidayMovesPastIt() {
        assertThat(NATIONAL_DAY_2025.plus(LocalDate.of(2025, 10, 1), 0)).isEqualTo(LocalDate.of(2025, 10, 9));
    }

    @Test
    void aDeadlineIsInclusiveAndTheLeadIsOverdueTheDayAfter() {
        Lead l = receivedUnder(FRIDAY, CALENDAR);
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
