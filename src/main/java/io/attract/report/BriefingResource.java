package io.attract.report;

import io.attract.cockpit.CockpitResource;
import io.attract.cockpit.CockpitScope;
import io.attract.cockpit.CockpitService;
import io.attract.cockpit.CockpitView;
import io.attract.common.excel.CopyMark;
import io.attract.common.persistence.ReadSnapshot;
import io.attract.common.rest.Downloads;
import io.attract.common.security.Roles;
import io.attract.common.web.Throttled;
import io.attract.project.ProjectWorklog;
import io.attract.unit.Unit;
import io.attract.unit.UnitRepository;
import io.attract.user.CopyMarks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 汇报材料: {@code /api/reports/briefing.pdf?asOf=&unitId=}, the cockpit as of a day on one A4 page. Read as the
 * cockpit is (same roles, a unit head their own unit's whatever unit they ask for); the open coordination requests
 * are the project feature's own listing, of the same unit.
 */
@Path("/api/reports/briefing.pdf")
public class BriefingResource {

    @Inject
    CopyMarks copyMarks;

    @Inject
    CockpitService cockpit;

    @Inject
    CockpitScope scope;

    @Inject
    ProjectWorklog worklog;

    @Inject
    UnitRepository units;

    @Inject
    PdfFont font;

    @Inject
    ReadSnapshot snapshot;

    @ConfigProperty(name = "attract.report.district", defaultValue = "天桥区")
    String district;

    /** 503 {@code report.pdf_font_missing} when no CJK font is installed. */
    @GET
    @Produces("application/pdf")
    @Throttled(Throttled.Kind.EXPORT)
    @RolesAllowed({Roles.LEADER, Roles.STATS, Roles.ADMIN, Roles.UNIT_HEAD})
    public Response pdf(@QueryParam("asOf") String asOf, @QueryParam("unitId") Long unitId) throws IOException {
        LocalDate day = CockpitResource.asOf(asOf);
        Long unit = scope.unit(unitId);
        CockpitView view = cockpit.cockpit(day, unit);
        // Requests raised by the as-of day and not solved now: what the meeting is asked to settle.
        List<ProjectWorklog.OpenRequest> open =
                worklog.openCoordination(ProjectWorklog.OpenRequests.ofUnit(unit)).stream()
                        .filter(r -> !r.entry().loggedOn().isAfter(day))
                        .toList();
        String unitName = unit == null
                ? null
                : units.findByIdOptional(unit).map((Unit u) -> u.name).orElse("（未知单位）");
        BriefingPdf.Briefing briefing = new BriefingPdf.Briefing(
                district, day, unitName, view, open, Instant.now(), snapshot.replicaDataAsOf());
        CopyMark mark = copyMarks.now();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Written whole before answering, so a missing font is a 503 problem, not a broken download.
        try (PdfFont.Opened opened = font.open()) {
            BriefingPdf.write(briefing, opened, mark, out);
        }
        return Downloads.file(out.toByteArray(), "briefing-" + day + ".pdf", "汇报材料-" + day + ".pdf");
    }
}
