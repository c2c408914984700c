package io.attract.reminder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends reminders once: a message's row is inserted before it is sent, and only the transaction that inserted it
 * sends it — another replica running the same schedule, or a second press of the admin's button, finds the row there
 * and sends nothing. A failure is recorded with its reason and retried a bounded number of times; a row left sending
 * by a replica that died is retried too.
 */
@ApplicationScoped
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class);

    @ConfigProperty(name = "attract.reminders.max-attempts", defaultValue = "3")
    int maxAttempts;

    @ConfigProperty(name = "attract.reminders.retry-after", defaultValue = "10m")
    Duration retryAfter;

    @Inject
    EntityManager em;

    @Inject
    MailSender mail;

    @Inject
    RobotSender robots;

    @Inject
    Recipients recipients;

    @Inject
    UnitWebhooks webhooks;

    DeliveryRun deliverAll(List<Outgoing> messages) {
        int sent = 0;
        int failed = 0;
        int before = 0;
        for (Outgoing o : messages) {
            Optional<Long> claimed = claim(o);
            if (claimed.isEmpty()) {
                before++;
            } else if (attempt(claimed.get())) {
                sent++;
            } else {
                failed++;
            }
        }
        return new DeliveryRun(messages.size(), sent, failed, before);
    }

    /** The row, inserted in a transaction of its own; empty when it was there already (sent or being sent). */
    Optional<Long> claim(Outgoing o) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> id = em.createNativeQuery("""
                    insert into reminder_delivery
                        (kind, channel, recipient, recipient_name, digest_day, ref, subject, body, status)
                    values (:kind, :channel, :recipient, :name, :day, :ref, :subject, :body, 'SENDING')
                    on conflict (kind, channel, recipient, ref) do nothing returning id""")
                    .setParameter("kind", o.kind())
                    .setParameter("channel", o.channel().name())
                    .setParameter("recipient", o.recipient())
                    .setParameter("name", o.recipientName())
                    .setParameter("day", o.day())
                    .setParameter("ref", o.ref())
                    .setParameter("subject", o.subject())
                    .setParameter("body", o.body())
                    .getResultList();
            return id.stream().findFirst().map(Number::longValue);
        });
    }

    /** Sends a claimed row to the address its recipient has now, and records how it went. */
    boolean attempt(long id) {
        Tuple row = QuarkusTransaction.requiringNew().call(() -> (Tuple) em.createNativeQuery(
                        "select channel, recipient, subject, body from reminder_delivery where id = :id", Tuple.class)
                .setParameter("id", id)
                .getSingleResult());
        String channel = row.get("channel", String.class);
        String recipient = row.get("recipient", String.class);
        try {
            send(channel, recipient, row.get("subject", String.class), row.get("body", String.class));
            record(id, null);
            return true;
        } catch (DeliveryFailed e) {
            LOG.warnf("Reminder %d (%s to %s) not delivered: %s", id, channel, recipient, e.getMessage());
            record(id, e.getMessage());
            return false;
        }
    }

    private void send(String channel, String recipient, String subject, String body) throws DeliveryFailed {
        if (channel.equals(Outgoing.Channel.EMAIL.name())) {
            Recipients.Person person = QuarkusTransaction.requiringNew()
                    .call(() -> recipients.withEmail(recipient))
                    .orElseThrow(() -> new DeliveryFailed("该用户没有邮箱"));
            mail.send(person.email(), subject, body);
        } else {
            long unitId = Long.parseLong(recipient.substring("unit:".length()));
            UnitWebhook hook = QuarkusTransaction.requiringNew()
                    .call(() -> webhooks.of(unitId))
                    .orElseThrow(() -> new DeliveryFailed("该单位已不再设置群机器人"));
            robots.send(hook, subject, body);
        }
    }

    private void record(long id, String error) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        update reminder_delivery
                           set status = case when cast(:error as varchar) is null then 'SENT' else 'FAILED' end,
                               last_error = cast(:error as varchar),
                               sent_at = case when cast(:error as varchar) is null then now() end
                         where id = :id""")
                        .setParameter("id", id)
                        .setParameter("error", error)
                        .executeUpdate());
    }

    @Scheduled(
            identity = "reminder-retry",
            every = "${attract.reminders.retry-every:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void retryOnSchedule() {
        int retried = retryFailed();
        if (retried > 0) {
            LOG.infof("Reminders retried: %d", retried);
        }
    }

    /**
     * Failed rows with attempts left, and rows left sending by a replica that stopped, once {@code retry-after} has
     * passed: claimed with SKIP LOCKED (one replica each), counted as an attempt, sent again.
     */
    public int retryFailed() {
        @SuppressWarnings("unchecked")
        List<Number> ids = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                        update reminder_delivery set status = 'SENDING', attempts = attempts + 1, attempted_at = now()
                         where id in (select id from reminder_delivery
                                       where status in ('FAILED', 'SENDING') and attempts < :max
                                         and attempted_at <= now() - make_interval(secs => :after)
                                       order by id limit 50 for update skip locked)
                        returning id""")
                        .setParameter("max", maxAttempts)
                        .setParameter("after", (double) retryAfter.toSeconds())
                        .getResultList());
        ids.forEach(id -> attempt(id.longValue()));
        return ids.size();
    }
}
