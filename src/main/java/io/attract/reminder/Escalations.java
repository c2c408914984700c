package io.attract.reminder;

import io.attract.common.time.BusinessDates;
import io.attract.project.CoordinationRequested;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * A coordination request reaches its sponsor leader at once — by mail when they have an email — and the unit's group
 * robot: after the request's transaction commits (a rolled-back request tells no one), on a worker thread, so the
 * officer's save does not wait for SMTP or a robot.
 */
@ApplicationScoped
class Escalations {

    private static final Logger LOG = Logger.getLogger(Escalations.class);

    @Inject
    Recipients recipients;

    @Inject
    UnitWebhooks webhooks;

    @Inject
    DigestText text;

    @Inject
    Deliveries deliveries;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CoordinationRequested request) {
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                deliveries.deliverAll(messages(request));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Escalation of coordination request %d not sent", request.entryId());
            }
        });
    }

    private record Robot(WebhookKind kind, String unitName) {}

    private List<Outgoing> messages(CoordinationRequested r) {
        LocalDate today = BusinessDates.today();
        String ref = "worklog:" + r.entryId();
        List<Outgoing> out = new ArrayList<>();
        if (r.sponsorUsername() != null) {
            QuarkusTransaction.requiringNew()
                    .call(() -> recipients.withEmail(r.sponsorUsername()))
                    .ifPresent(p -> out.add(new Outgoing(
                            "ESCALATION",
                            Outgoing.Channel.EMAIL,
                            p.username(),
                            p.name() + " <" + p.email() + ">",
                            today,
                            ref,
                            text.escalationSubject(r.projectName()),
                            text.escalationMail(
                                    p.name(), r.projectCode(), r.projectName(), r.content(), r.projectId()))));
        }
        QuarkusTransaction.requiringNew()
                .call(() -> webhooks.of(r.unitId()).map(h -> new Robot(h.kind, h.unit.name)))
                .ifPresent(robot -> out.add(new Outgoing(
                        "ESCALATION",
                        Outgoing.of(robot.kind()),
                        Outgoing.unit(r.unitId()),
                        robot.unitName(),
                        today,
                        ref,
                        text.escalationSubject(r.projectName()),
                        text.escalationMarkdown(
                                r.projectCode(), r.projectName(), r.content(), r.sponsorLeader(), r.projectId()))));
        return out;
    }
}
