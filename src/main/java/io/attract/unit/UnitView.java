package io.attract.unit;

public record UnitView(Long id, String code, String name, UnitKind kind, long version) {}
