package io.attract.engagement;

import io.attract.common.error.ApiException;
import io.attract.common.security.Roles;
import io.attract.common.time.BusinessDates;
import io.attract.confirmation.PendingChange;
import io.attract.confirmation.PendingChanges;
import io.attract.lead.LeadFilter;
import io.attract.lead.LeadListItem;
import io.attract.lead.LeadService;
import io.attract.user.UnitScope;
import io.attract.visit.VisitFilter;
import io.attract.visit.VisitService;
import io.attract.visit.VisitView;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The home page of officers and unit heads, and the reminders bell. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class MyWeekResource {

    private static final int MAX = 200;

    @Inject
    VisitService visits;

    @Inject
    MyWeekVisits weekVisits;

    @Inject
    LeadService leads;

    @Inject
    UnitScope scope;

    @Inject
    PendingChanges confirmations;

    @GET
    @Path("my-week")
    @Transactional
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    public MyWeek myWeek(@QueryParam("scope") @DefaultValue("mine") String which, @QueryParam("week") LocalDate week) {
        boolean unit = switch (which) {
            case "mine" -> false;
            case "unit" -> true;
            default -> throw ApiException.invalid("scope", "myweek.bad_scope", "scope 只能是 mine 或 unit。");
        };
        if (unit && !scope.hasRole(Roles.UNIT_HEAD)) {
            throw new ApiException(403, "myweek.unit_scope", "只有单位负责人可以查看全单位的一周。");
        }
        LocalDate today = BusinessDates.today();
        LocalDate from = MyWeek.monday(week == null ? today : week);
        LocalDate to = from.plusDays(6);
        String who = unit ? null : scope.username();
        LocalDate dueFrom = from.isAfter(today) ? from : today;
        List<LeadListItem> due = dueFrom.isAfter(to)
                ? List.of()
                : leads.list(LeadFilter.dueBetween(who, dueFrom, to), byDue(), 0, MAX)
                        .items();
        return new MyWeek(
                from,
                to,
                which,
                weekVisits.followUpsDue(who, to, MAX),
                leads.list(LeadFilter.overdueOf(who), byDue(), 0, MAX).items(),
                due,
                weekVisits.between(who, from, to, MAX));
    }

    public record Reminder(
            @Schema(enumeration = {"FOLLOW_UP", "LEAD_OVERDUE", "CONFIRMATIONS_PENDING", "CHANGE_RETURNED"})
            String kind,

            long id,
            String title,
            @Schema(nullable = true) LocalDate dueOn) {}

    public record Reminders(int count, List<Reminder> items) {}

    /** Follow-ups due by today and overdue leads: the caller's own; a unit head also gets the unit's overdue leads. */
    @GET
    @Path("reminders")
    @Transactional
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    public Reminders reminders() {
        LocalDate today = BusinessDates.today();
        List<Reminder> items = new ArrayList<>();
        for (VisitView v : visits.list(
                        VisitFilter.followUpsDue(scope.username(), today),
                        Sort.ascending("v.followUpOn").and("v.id"),
                        0,
                        MAX)
                .items()) {
            items.add(new Reminder("FOLLOW_UP", v.id(), v.enterpriseName(), v.followUpOn()));
        }
        String who = scope.hasRole(Roles.UNIT_HEAD) ? null : scope.username();
        confirmationReminders(items);
        for (LeadListItem l :
                leads.list(LeadFilter.overdueOf(who), byDue(), 0, MAX).items()) {
            items.add(new Reminder(
                    "LEAD_OVERDUE",
                    l.id(),
                    l.title(),
                    l.nextDue() == null ? null : l.nextDue().dueOn()));
        }
        return new Reminders(items.size(), items);
    }

    /** 审核: a unit head hears how many changes wait; the officer hears of each change sent back, with the reason. */
    private void confirmationReminders(List<Reminder> items) {
        if (scope.hasRole(Roles.UNIT_HEAD)) {
            long waiting = confirmations.waitingCount(scope.readableUnitId());
            if (waiting > 0) {
                items.add(new Reminder("CONFIRMATIONS_PENDING", 0, waiting + " 项变更待审核", null));
            }
        }
        for (PendingChange c :
                confirmations.returnedTo(scope.username(), Instant.now().minus(Duration.ofDays(30)))) {
            items.add(new Reminder("CHANGE_RETURNED", c.projectId(), c.projectName() + "：" + c.reason(), null));
        }
    }

    private static Sort byDue() {
        return Sort.ascending("l.nextDueOn").and("l.id");
    }
}
