package io.attract.space;

public record ParkView(
        Long id, String code, String name, Ref zone, ParkStatus status, String description, long version) {

    /** A zone or park as other records show it. */
    public record Ref(Long id, String name) {}
}
