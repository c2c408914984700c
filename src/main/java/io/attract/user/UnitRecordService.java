package io.attract.user;

import io.attract.unit.UnitOwned;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * A service over one kind of record a unit keeps, filled from a request: it finds, creates and updates the record by
 * the unit rule of {@link UnitRecords}; the feature says only how a request fills its record.
 *
 * @param <E> the record
 * @param <R> the request that fills it
 */
public abstract class UnitRecordService<E extends UnitOwned, R> {

    @Inject
    protected UnitRecords records;

    private final UnitRecords.Kind<E> kind;
    private final Supplier<E> blank;

    /**
     * @param kind what the records are called in answers
     * @param blank a new, empty record
     */
    protected UnitRecordService(UnitRecords.Kind<E> kind, Supplier<E> blank) {
        this.kind = kind;
        this.blank = blank;
    }

    public E find(long id) {
        return records.find(kind, id);
    }

    public boolean canEdit(E record) {
        return records.canEdit(record);
    }

    public E create(R request) {
        return records.create(blank.get(), record -> apply(request, record));
    }

    public E update(long id, String ifMatch, R request) {
        return records.update(kind, id, ifMatch, record -> apply(request, record));
    }

    /** Fills the record from the request, or refuses the request. */
    protected abstract void apply(R request, E record);
}
