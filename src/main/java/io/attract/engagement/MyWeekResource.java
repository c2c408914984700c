package io.attract.engagement;

import io.attract.common.error.ApiException;
import io.attract.common.security.Roles;
import io.attract.common.time.BusinessDates;
import io.attract.lead.LeadFilter;
import io.attract.lead.LeadListItem;
import io.attract.lead.LeadService;
import io.attract.user.UnitScope;
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
import java.time.LocalDate;
import java.util.List;

/** The home page of officers and unit heads, and the reminders bell. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class MyWeekResource {

    private static final int MAX = 200;

    @Inject
    MyWeekVisits weekVisits;

    @Inject
    LeadService leads;

    @Inject
    UnitScope scope;

    @Inject
    ReminderItems reminderItems;

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
                leads.list(LeadFilter.overdueOf(who, null), byDue(), 0, MAX).items(),
                due,
                weekVisits.between(who, from, to, MAX));
    }

    /** Follow-ups due by today and overdue leads: the caller's own; a unit head also gets the unit's overdue leads. */
    @GET
    @Path("reminders")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    public Reminders reminders() {
        List<Reminder> items = reminderItems.of(
                new ReminderItems.Audience(scope.username(), scope.readableUnitId(), scope.hasRole(Roles.UNIT_HEAD)));
        return new Reminders(items.size(), items);
    }

    private static Sort byDue() {
        return Sort.ascending("l.nextDueOn").and("l.id");
    }
}
