package io.attract.event;

import io.attract.project.ProjectStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project signed at an event; {@code credited} is false when an earlier event already counts it. */
public record EventProject(
        long id,
        String code,
        String name,
        ProjectStage stage,
        BigDecimal totalInvestment,
        LocalDate signedOn,
        boolean credited,
        @Schema(nullable = true) long creditedEventId,
        @Schema(nullable = true) String creditedEventName) {}
