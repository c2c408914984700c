package io.attract.user;

import io.attract.unit.UnitRef;
import java.time.Instant;

public record UserView(String username, String displayName, UnitRef unit, Instant lastSeenAt, long version) {}
