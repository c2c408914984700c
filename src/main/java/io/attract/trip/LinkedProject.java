package io.attract.trip;

import java.math.BigDecimal;

import io.attract.project.ProjectStage;

/** A project as a trip lists it: one that came of the trip. */
public record LinkedProject(long id, String code, String name, ProjectStage stage, BigDecimal totalInvestment) {
}
