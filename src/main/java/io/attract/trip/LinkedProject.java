package io.attract.trip;

import io.attract.project.ProjectStage;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project as a trip lists it: one that came of the trip. */
public record LinkedProject(
        long id,
        String code,
        String name,
        ProjectStage stage,
        @Schema(nullable = true) BigDecimal totalInvestment) {}
