package io.attract.common.persistence;

import io.attract.common.error.ApiException;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How admins keep one table of coded records (industries, responsible units, zones, parks): a record asked for by id
 * is there or answers {@code notFound}; an update goes to the current version only (If-Match); a code another record
 * holds is refused as {@code codeTaken} with {@code codeTakenPrefix} and the code.
 */
public record CodedCatalogue<E extends CodedEntity>(
        PanacheRepository<E> records, Supplier<ApiException> notFound, String codeTaken, String codeTakenPrefix) {

    public E find(long id) {
        return records.findByIdOptional(id).orElseThrow(notFound);
    }

    /** The record to change: found, and {@code ifMatch} names its current version. */
    public E current(long id, String ifMatch) {
        E record = find(id);
        IfMatch.check(ifMatch, record.version);
        return record;
    }

    /**
     * Applies a request to {@code record} (new or {@link #current}) that gives it {@code code}, and writes it: the code
     * must be free of every other record.
     */
    public E save(E record, String code, Consumer<E> apply) {
        CodedEntity.ensureCodeFree(
                records.find("code", code).firstResultOptional(), record.id, codeTaken, codeTakenPrefix + code);
        apply.accept(record);
        records.persistAndFlush(record);
        return record;
    }
}
