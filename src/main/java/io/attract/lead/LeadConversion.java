package io.attract.lead;

import io.attract.common.time.BusinessDates;
import io.attract.project.Project;
import io.attract.project.ProjectPool;
import io.attract.project.ProjectRequest;
import io.attract.project.ProjectService;
import io.attract.project.ProjectStage;
import io.attract.project.ProjectView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/** Turns a lead into a project of the same unit; the lead keeps its history and points at the project. */
@ApplicationScoped
@Transactional
public class LeadConversion {

    public record Converted(long leadId, long projectId) {}

    @Inject
    LeadService leads;

    @Inject
    ProjectService projects;

    public Converted convert(long leadId, ConvertRequest r) {
        Lead l = leads.editable(leadId);
        leads.requireOpen(l);
        LocalDate on = r.effectiveDate() == null ? BusinessDates.today() : r.effectiveDate();
        leads.checkDate(l, on, "effectiveDate");
        ProjectStage stage = r.stage() == null ? ProjectStage.LEAD : r.stage();
        ProjectRequest project = new ProjectRequest(
                null,
                r.projectName().strip(),
                r.pool() == null ? ProjectPool.PLANNING : r.pool(),
                false,
                l.enterprise == null ? List.of() : List.of(l.enterprise.id),
                null,
                l.industry == null ? null : l.industry.id,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "线索：" + l.title,
                r.totalInvestment() != null ? r.totalInvestment() : l.estimatedInvestment,
                null,
                null,
                null,
                null,
                null,
                null,
                stage,
                on,
                l.id,
                l.trip == null ? null : l.trip.id,
                null,
                null,
                null);
        ProjectView created = projects.create(project);
        leads.markConverted(l, Project.findById(created.id()), on, created.name());
        return new Converted(l.id, created.id());
    }
}
