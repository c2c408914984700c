package io.attract.engagement;

import io.attract.common.excel.ListExport;
import io.attract.common.rest.RecordAnswers;
import io.attract.common.rest.RecordCreates;
import io.attract.common.rest.RecordView;
import io.attract.unit.UnitOwned;
import io.attract.user.UnitRecordService;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/**
 * What the trip and the event resources answer alike: a record as its detail page shows it, with its version as ETag,
 * and a create once per Idempotency-Key, 201 at the new record's address. The endpoints stay typed in each resource,
 * so that the API document names each one's own request and detail.
 *
 * @param <E> the record
 * @param <R> the request that fills it
 */
abstract class EngagementResource<E extends UnitOwned, R> {

    @Inject
    ListExport export;

    @Inject
    RecordCreates creates;

    @Inject
    CameOfIt cameOfIt;

    private final String path;

    /** @param path where the records are, e.g. {@code /api/trips} */
    EngagementResource(String path) {
        this.path = path;
    }

    abstract UnitRecordService<E, R> service();

    /** The record as its detail page shows it. */
    abstract RecordView detail(E record);

    Response found(long id) {
        return answer(service().find(id));
    }

    Response created(String idempotencyKey, R request) {
        return creates.once(
                idempotencyKey,
                path,
                () -> detail(service().create(request)),
                id -> detail(service().find(id)));
    }

    Response updated(long id, String ifMatch, R request) {
        return answer(service().update(id, ifMatch, request));
    }

    /** 200 with the record's detail and its version as ETag. */
    Response answer(E record) {
        return RecordAnswers.ok(detail(record));
    }
}
