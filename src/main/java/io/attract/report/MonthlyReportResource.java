package io.attract.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import io.attract.common.security.Roles;

/** 月报: {@code /api/reports/monthly/2026-11} (JSON) and {@code /api/reports/monthly/2026-11.xlsx}. */
@Path("/api/reports/monthly")
public class MonthlyReportResource {

    @Inject
    MonthlyReportService service;

    @GET
    @Path("{month:\\d{4}-\\d{2}}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.LEADER, Roles.STATS, Roles.ADMIN, Roles.UNIT_HEAD })
    public MonthlyReport json(@PathParam("month") String month) {
        return service.report(month);
    }

    @GET
    @Path("{month:\\d{4}-\\d{2}}.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RolesAllowed({ Roles.LEADER, Roles.STATS, Roles.ADMIN, Roles.UNIT_HEAD })
    public Response xlsx(@PathParam("month") String month) {
        MonthlyReport report = service.report(month);
        StreamingOutput body = out -> MonthlyReportWorkbook.write(report, out);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"monthly-report-" + month
                + ".xlsx\"; filename*=UTF-8''%E6%8B%9B%E5%95%86%E6%9C%88%E6%8A%A5-" + month + ".xlsx").build();
    }
}
