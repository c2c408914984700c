package io.attract.space;

public record ZoneView(
        Long id, String code, String name, ZoneKind kind, int sortOrder, String description, long version) {}
