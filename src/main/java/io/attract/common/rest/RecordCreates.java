package io.attract.common.rest;

import io.attract.common.idempotency.IdempotentCreates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * A record page's create over REST: made once per {@code Idempotency-Key}, answered 201 at the new record's address
 * with its ETag, or 200 with the record the first try made.
 */
@ApplicationScoped
public class RecordCreates {

    @Inject
    IdempotentCreates creates;

    /**
     * @param path where the records are, e.g. {@code /api/leads}; the operation the key is kept for is its POST
     * @param load reads an earlier record by id, with the caller's rights
     */
    public <T extends RecordView> Response once(
            String idempotencyKey, String path, Supplier<T> create, LongFunction<T> load) {
        IdempotentCreates.Created<T> created =
                creates.once(idempotencyKey, "POST " + path, create, RecordView::id, load);
        return RecordAnswers.created(created.replayed(), path, created.value());
    }
}
