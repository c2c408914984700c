package io.attract.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

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
}
