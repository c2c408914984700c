package io.attract.reminder;

import io.attract.common.time.BusinessDates;
import io.attract.engagement.Reminder;
import io.attract.engagement.ReminderItems;
import io.attract.project.ProjectWorklog;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The daily digest: to each person with an email who has not switched it off, what their bell says (a leader: the
 * open coordination requests of the projects they sponsor); to each unit with a group robot, the unit's overdue leads,
 * follow-ups due, changes waiting and open coordination requests. Every replica may run it: a digest goes once per
 * recipient, channel and day ({@link Deliveries}).
 */
@ApplicationScoped
public class DailyDigest {

    private static final Logger LOG = Logger.getLogger(DailyDigest.class);

    @Inject
    SystemReader reader;

    @Inject
    Recipients recipients;

    @Inject
    ReminderItems items;

    @Inject
    ProjectWorklog worklog;

    @Inject
    DigestText text;

    @Inject
    Deliveries deliveries;

    @Scheduled(
            identity = "reminder-digest",
            cron = "${attract.reminders.digest-cron:0 0 8 * * ?}",
            timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void daily() {
        DeliveryRun run = send(BusinessDates.today());
        LOG.infof(
                "Reminder digest: %d messages, %d sent, %d failed, %d sent before",
                run.messages(), run.sent(), run.failed(), run.alreadySent());
    }

    public DeliveryRun send(LocalDate day) {
        return deliveries.deliverAll(reader.run(() -> compose(day)));
    }

    private List<Outgoing> compose(LocalDate day) {
        List<Outgoing> out = new ArrayList<>();
        for (Recipients.Person p : recipients.mailable()) {
            List<Reminder> bell = p.writer() && p.unitId() != null
                    ? items.of(new ReminderItems.Audience(p.username(), p.unitId(), p.unitHead()))
                    : List.of();
            List<ProjectWorklog.OpenRequest> sponsored = p.leader()
                    ? worklog.openCoordination(ProjectWorklog.OpenRequests.sponsoredBy(p.username()))
                    : List.of();
            Digest d = text.digest(bell, sponsored);
            if (!d.isEmpty()) {
                out.add(new Outgoing(
                        "DIGEST",
                        Outgoing.Channel.EMAIL,
                        p.username(),
                        p.name() + " <" + p.email() + ">",
                        day,
                        day.toString(),
                        text.mailSubject(d),
                        text.mailBody(p.name(), d)));
            }
        }
        for (UnitWebhook hook : recipients.robots()) {
            Digest d = text.digest(
                    items.of(ReminderItems.Audience.unit(hook.unit.id)),
                    worklog.openCoordination(ProjectWorklog.OpenRequests.ofUnit(hook.unit.id)));
            if (!d.isEmpty()) {
                out.add(new Outgoing(
                        "DIGEST",
                        Outgoing.of(hook.kind),
                        Outgoing.unit(hook.unit.id),
                        hook.unit.name,
                        day,
                        day.toString(),
                        text.robotTitle(hook.unit.name, d),
                        text.robotMarkdown(hook.unit.name, d)));
            }
        }
        return out;
    }
}
