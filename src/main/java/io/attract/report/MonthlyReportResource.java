package io.attract.report;

import io.attract.common.excel.CopyMark;
import io.attract.common.rest.Downloads;
import io.attract.common.security.Roles;
import io.attract.common.web.Throttled;
import io.attract.user.CopyMarks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 月报: {@code /api/reports/monthly/2026-11} (JSON), {@code /api/reports/monthly/2026-11.xlsx} and
 * {@code /api/reports/monthly/2026-11.pdf}.
 */
@Path("/api/reports/monthly")
public class MonthlyReportResource {

    @Inject
    CopyMarks copyMarks;

    @Inject
    MonthCloses service;

    @Inject
    PdfFont font;

    @ConfigProperty(name = "attract.report.district", defaultValue = "天桥区")
    String district;

    @GET
    @Path("{month:\\d{4}-\\d{2}}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.LEADER, Roles.STATS, Roles.ADMIN, Roles.UNIT_HEAD})
    public MonthlyReport json(@PathParam("month") String month) {
        return service.report(month);
    }

    /** 月结 (stats): freezes the month's figures as published. */
    @POST
    @Path("{month:\\d{4}-\\d{2}}/close")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STATS)
    public MonthlyReport close(@PathParam("month") String month) {
        return service.close(month);
    }

    public record ReopenRequest(
            @NotBlank(message = "请说明重新打开的原因") @Size(max = 500)
            String reason) {}

    /** Reopening a closed month: an admin act with a reason, kept in the audit trail. */
    @POST
    @Path("{month:\\d{4}-\\d{2}}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public MonthlyReport reopen(@PathParam("month") String month, @Valid @NotNull ReopenRequest request) {
        return service.reopen(month, request.reason());
    }

    @GET
    @Path("{month:\\d{4}-\\d{2}}.xlsx")
    @Throttled(Throttled.Kind.EXPORT)
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RolesAllowed({Roles.LEADER, Roles.STATS, Roles.ADMIN, Roles.UNIT_HEAD})
    public Response xlsx(@PathParam("month") String month) {
        MonthlyReport report = service.report(month);
        CopyMark mark = copyMarks.now();
        StreamingOutput body = out -> MonthlyReportWorkbook.write(report, mark, out);
        return file(body, month, "xlsx");
    }

    /** The PDF the statistics office signs; 503 {@code report.pdf_font_missing} when no CJK font is installed. */
    @GET
    @Path("{month:\\d{4}-\\d{2}}.pdf")
    @Throttled(Throttled.Kind.EXPORT)
    @Produces("application/pdf")
    @RolesAllowed({Roles.LEADER, Roles.STATS, Roles.ADMIN, Roles.UNIT_HEAD})
    public Response pdf(@PathParam("month") String month) throws IOException {
        MonthlyReport report = service.report(month);
        CopyMark mark = copyMarks.now();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Written whole before answering, so a missing font is a 503 problem, not a broken download.
        try (PdfFont.Opened opened = font.open()) {
            MonthlyReportPdf.write(report, district, opened, mark, out);
        }
        return file(out.toByteArray(), month, "pdf");
    }

    private static Response file(Object body, String month, String extension) {
        return Downloads.file(body, "monthly-report-" + month + "." + extension, "招商月报-" + month + "." + extension);
    }
}
