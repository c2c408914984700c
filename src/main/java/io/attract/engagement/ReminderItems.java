package io.attract.engagement;

import io.attract.common.time.BusinessDates;
import io.attract.confirmation.PendingChange;
import io.attract.confirmation.PendingChanges;
import io.attract.lead.LeadFilter;
import io.attract.lead.LeadListItem;
import io.attract.lead.LeadService;
import io.attract.visit.VisitFilter;
import io.attract.visit.VisitService;
import io.attract.visit.VisitView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person is reminded of — the bell, and the same lines in their daily mail — and what a unit's group robot
 * is told. One rule for all three: follow-ups due by today, overdue leads, changes waiting for the unit head, changes
 * sent back.
 */
@ApplicationScoped
public class ReminderItems {

    static final int MAX = 200;

    /**
     * Whose reminders: a person ({@code username}) of a unit, a unit head hearing of the whole unit's overdue leads
     * and waiting changes; or a whole unit ({@code username} null, {@code unitHead} true), as its robot tells it.
     */
    public record Audience(String username, Long unitId, boolean unitHead) {

        public static Audience unit(long unitId) {
            return new Audience(null, unitId, true);
        }
    }

    @Inject
    VisitService visits;

    @Inject
    LeadService leads;

    @Inject
    PendingChanges confirmations;

    @Transactional
    public List<Reminder> of(Audience who) {
        LocalDate today = BusinessDates.today();
        List<Reminder> items = new ArrayList<>();
        for (VisitView v : visits.list(
                        VisitFilter.followUpsDue(who.username(), who.unitId(), today),
                        Sort.ascending("v.followUpOn").and("v.id"),
                        0,
                        MAX)
                .items()) {
            items.add(new Reminder("FOLLOW_UP", v.id(), v.enterpriseName(), v.followUpOn()));
        }
        if (who.unitHead() && who.unitId() != null) {
            long waiting = confirmations.waitingCount(who.unitId());
            if (waiting > 0) {
                items.add(new Reminder("CONFIRMATIONS_PENDING", 0, waiting + " 项变更待审核", null));
            }
        }
        if (who.username() != null) {
            for (PendingChange c :
                    confirmations.returnedTo(who.username(), Instant.now().minus(Duration.ofDays(30)))) {
                items.add(new Reminder("CHANGE_RETURNED", c.projectId(), c.projectName() + "：" + c.reason(), null));
            }
        }
        String receivedBy = who.unitHead() ? null : who.username();
        for (LeadListItem l : leads.list(
                        LeadFilter.overdueOf(receivedBy, who.unitId()),
                        Sort.ascending("l.nextDueOn").and("l.id"),
                        0,
                        MAX)
                .items()) {
            items.add(new Reminder(
                    "LEAD_OVERDUE",
                    l.id(),
                    l.title(),
                    l.nextDue() == null ? null : l.nextDue().dueOn()));
        }
        return items;
    }
}
