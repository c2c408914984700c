package io.attract.common.persistence;

import io.attract.common.error.ApiException;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.Optional;

/**
 * A catalogue record that people pick by its name and that imports and links name by a code unique in its table:
 * an industry, a responsible unit, a zone, a park.
 */
@MappedSuperclass
public abstract class CodedEntity extends VersionedEntity {

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    /**
     * Refuses a code already held by another record than {@code self} (null while creating): {@code holder} is the
     * record found by the code, if any. The refusal is a 422 on the field {@code code} with {@code errorCode} and
     * {@code message}.
     */
    public static void ensureCodeFree(
            Optional<? extends CodedEntity> holder, Long self, String errorCode, String message) {
        holder.filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ApiException.invalid("code", errorCode, message);
        });
    }
}
