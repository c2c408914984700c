package io.attract.common.persistence;

import io.attract.common.error.ApiException;
import io.quarkus.hibernate.orm.panache.Panache;

/** The records a request names by id, such as the industry or the trip a form links to. */
public final class NamedRecords {

    private NamedRecords() {}

    /**
     * The record of {@code type} with {@code id}: none when the request names none, a 400 on {@code field} with
     * {@code code} and {@code message} when no such record is there.
     */
    public static <E> E optional(Class<E> type, Long id, String field, String code, String message) {
        if (id == null) {
            return null;
        }
        E found = Panache.getEntityManager(type).find(type, id);
        if (found == null) {
            throw ApiException.invalid(field, code, message);
        }
        return found;
    }
}
