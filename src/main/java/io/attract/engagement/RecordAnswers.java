package io.attract.engagement;

import io.attract.common.idempotency.IdempotentCreates;
import io.attract.common.persistence.IfMatch;
import io.attract.unit.UnitOwned;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** How the trip and the event pages answer: a record's detail with its version as ETag, a create 201 or its replay. */
final class RecordAnswers {

    private RecordAnswers() {}

    /** 201 with the new record's address under {@code path}; 200 when an Idempotency-Key replays an earlier create. */
    static Response.ResponseBuilder created(IdempotentCreates.Created<? extends UnitOwned> created, String path) {
        return created.replayed() ? Response.ok() : Response.created(URI.create(path + "/" + created.value().id));
    }

    static Response detail(Response.ResponseBuilder builder, Object detail, long version) {
        return builder.entity(detail)
                .header(HttpHeaders.ETAG, IfMatch.etag(version))
                .build();
    }
}
