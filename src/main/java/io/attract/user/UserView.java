package io.attract.user;

import java.time.Instant;

import io.attract.unit.UnitRef;

public record UserView(String username, String displayName, UnitRef unit, Instant lastSeenAt, long version) {
}
