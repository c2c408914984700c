package io.attract.engagement;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the bell, of a digest mail and of a unit's robot message. */
public record Reminder(
        @Schema(enumeration = {"FOLLOW_UP", "LEAD_OVERDUE", "CONFIRMATIONS_PENDING", "CHANGE_RETURNED"})
        String kind,

        long id,
        String title,
        @Schema(nullable = true) LocalDate dueOn) {}
