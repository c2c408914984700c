package io.attract.common.idempotency;

import io.attract.common.error.ApiException;
import io.attract.common.text.Blank;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Runs a create at most once per user and {@code Idempotency-Key}: the key is stored in the create's own
 * transaction, so a retry either finds the record the first try committed or makes it now — never twice. Two
 * tries racing with one key: the second fails on the primary key and its work is rolled back.
 */
@ApplicationScoped
public class IdempotentCreates {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY = 64;

    @Inject
    EntityManager em;

    @Inject
    SecurityIdentity identity;

    /** The result and whether it is the first try's, answered again. */
    public record Created<T>(T value, boolean replayed) {}

    /**
     * @param operation what is created, e.g. "POST /api/projects": a key reused for another operation is refused
     * @param load      reads the earlier record by id, with the caller's rights
     */
    @Transactional
    public <T> Created<T> once(
            String header, String operation, Supplier<T> create, ToLongFunction<T> id, LongFunction<T> load) {
        String key = key(header, "idempotency.bad_key");
        if (key == null) {
            return new Created<>(create.get(), false);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> earlier = em.createNativeQuery("""
                select operation, entity_id as entity from idempotent_create where username = :u and key = :k""", Tuple.class)
                .setParameter("u", username())
                .setParameter("k", key)
                .getResultList();
        if (!earlier.isEmpty()) {
            Tuple first = earlier.get(0);
            if (!operation.equals(first.get("operation", String.class))) {
                throw ApiException.conflict("idempotency.key_reused", "该 Idempotency-Key 已用于另一次不同的提交，请为新的提交生成新的 Key。");
            }
            return new Created<>(load.apply(first.get("entity", Number.class).longValue()), true);
        }
        T value = create.get();
        em.createNativeQuery("""
                insert into idempotent_create (username, key, operation, entity_id) values (:u, :k, :o, :id)""")
                .setParameter("u", username())
                .setParameter("k", key)
                .setParameter("o", operation)
                .setParameter("id", id.applyAsLong(value))
                .executeUpdate();
        return new Created<>(value, false);
    }

    /** The key the header gives: none when blank, else stripped; longer than 64 characters, a 400 with {@code code}. */
    public static String key(String header, String code) {
        String key = Blank.toNull(header);
        if (key != null && key.length() > MAX_KEY) {
            throw new ApiException(400, code, "Idempotency-Key 不能超过 64 个字符。");
        }
        return key;
    }

    /** Whose keys these are: the caller's name, as {@code user.CurrentUser} knows it (common knows no feature). */
    private String username() {
        return identity.getPrincipal().getName();
    }
}
