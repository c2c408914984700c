package io.attract.unit;

/** A unit as other records show it. */
public record UnitRef(Long id, String code, String name) {

    public static UnitRef of(Unit unit) {
        return unit == null ? null : new UnitRef(unit.id, unit.code, unit.name);
    }
}
