package io.attract.common.rest;

import io.attract.common.persistence.IfMatch;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * How the record pages answer over REST: a create as 201 with the new record's address, or 200 when an
 * {@code Idempotency-Key} replays an earlier create; a record with its version as ETag, for the next If-Match.
 */
public final class RecordAnswers {

    private RecordAnswers() {}

    /** 201 with the new record's address {@code path/id}; 200 when the create is an earlier one answered again. */
    public static Response.ResponseBuilder created(boolean replayed, String path, long id) {
        return replayed ? Response.ok() : created(path, id);
    }

    /** 201 at the new record's address {@code path/id}. */
    public static Response.ResponseBuilder created(String path, long id) {
        return Response.created(URI.create(path + "/" + id));
    }

    /** 201 with the new record {@code body} at its address {@code path/id}. */
    public static Response created(String path, long id, Object body) {
        return created(path, id).entity(body).build();
    }

    /** The created record with its ETag: 201 at {@code path/id}, or 200 when an earlier create is answered again. */
    public static Response created(boolean replayed, String path, RecordView record) {
        return withEtag(created(replayed, path, record.id()), record, record.version());
    }

    /** 200 with the record and its version as ETag ({@link IfMatch#ok}, for a record that knows its version). */
    public static Response ok(RecordView record) {
        return IfMatch.ok(record, record.version());
    }

    /** The builder's answer with {@code body} and its {@code version} as ETag. */
    public static Response withEtag(Response.ResponseBuilder builder, Object body, long version) {
        return builder.entity(body)
                .header(HttpHeaders.ETAG, IfMatch.etag(version))
                .build();
    }
}
