package io.attract.reminder;

import io.attract.common.persistence.PageView;
import io.attract.common.persistence.TupleRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** 提醒发送记录: the latest deliveries first. */
@ApplicationScoped
@Transactional
class DeliveryLog {

    @ConfigProperty(name = "attract.reminders.max-attempts", defaultValue = "3")
    int maxAttempts;

    @Inject
    EntityManager em;

    private record Row(
            long id,
            String kind,
            String channel,
            String recipientName,
            LocalDate day,
            String subject,
            String status,
            int attempts,
            String lastError,
            Instant createdAt,
            Instant sentAt) {}

    PageView<DeliveryView> page(int page, int size) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                select id, kind, channel, recipient_name as recipientName, digest_day as day, subject, status,
                       attempts, last_error as lastError, created_at as createdAt, sent_at as sentAt
                  from reminder_delivery order by created_at desc, id desc limit :size offset :offset""", Tuple.class)
                .setParameter("size", size)
                .setParameter("offset", page * size)
                .getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) from reminder_delivery")
                        .getSingleResult())
                .longValue();
        return PageView.of(
                TupleRecords.map(rows, Row.class).stream().map(this::view).toList(), total);
    }

    private DeliveryView view(Row r) {
        return new DeliveryView(
                r.id(),
                r.kind(),
                r.channel(),
                r.recipientName(),
                r.day(),
                r.subject(),
                r.status(),
                r.attempts(),
                r.status().equals("FAILED") && r.attempts() < maxAttempts,
                r.lastError(),
                r.createdAt(),
                r.sentAt());
    }
}
