package io.attract.reminder;

import io.attract.common.persistence.TupleRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Who reminders reach: people with an email (as their last token gave it), units with a group robot. */
@ApplicationScoped
@Transactional
class Recipients {

    /** A person as reminders see them; their roles are those their last request carried. */
    record Person(
            String username,
            String name,
            String email,
            Long unitId,
            boolean unitHead,
            boolean writer,
            boolean leader) {}

    private static final String PERSON = """
            select username, coalesce(nullif(display_name, ''), username) as name, email, unit_id as unitId,
                   'unit_head' = any(roles) as unitHead, 'officer' = any(roles) or 'unit_head' = any(roles) as writer,
                   'leader' = any(roles) as leader
              from app_user""";

    @Inject
    EntityManager em;

    /** Who takes the daily digest by mail: an email known and their switch on. */
    List<Person> mailable() {
        return people(PERSON + " where email is not null and email_digest order by username", null);
    }

    /** Anyone with an email, whatever their digest switch (an escalation is no digest). */
    Optional<Person> withEmail(String username) {
        return people(PERSON + " where email is not null and username = :who", username).stream()
                .findFirst();
    }

    List<UnitWebhook> robots() {
        return em.createQuery("from UnitWebhook h join fetch h.unit order by h.unit.code", UnitWebhook.class)
                .getResultList();
    }

    private List<Person> people(String sql, String username) {
        var q = em.createNativeQuery(sql, Tuple.class);
        if (username != null) {
            q.setParameter("who", username);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = q.getResultList();
        return TupleRecords.map(rows, Person.class);
    }
}
