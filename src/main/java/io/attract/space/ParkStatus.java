package io.attract.space;

public enum ParkStatus {
    PLANNED,
    OPERATING
}
