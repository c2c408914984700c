package io.attract.trip;

import io.attract.project.ProjectStage;
import java.math.BigDecimal;

/** A project as a trip lists it: one that came of the trip. */
public record LinkedProject(long id, String code, String name, ProjectStage stage, BigDecimal totalInvestment) {}
