package io.attract.project;

import java.io.IOException;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.attract.common.error.ApiException;
import io.attract.common.excel.ImportReport;
import io.attract.common.security.Roles;
import io.attract.common.time.BusinessDates;

/** The monthly ledger (月度台账): its import and the template to fill in. */
@Path("/api/projects")
public class ProjectImportResource {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

    @Inject
    ProjectLedgerImport importer;

    /**
     * Imports a ledger sheet (.xlsx or .csv) for {@code month} (YYYY-MM; by default the previous month in Beijing
     * time). Answers the row-by-row report; with any error, or with {@code dryRun=true}, nothing is written.
     */
    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.UNIT_HEAD, Roles.STATS, Roles.ADMIN })
    public ImportReport importLedger(@RestForm("file") FileUpload file, @QueryParam("dryRun") boolean dryRun,
            @QueryParam("month") String month) throws IOException {
        if (file == null) {
            throw ApiException.invalid("file", "import.no_file", "请选择要导入的 .xlsx 或 .csv 文件。");
        }
        return importer.run(file.fileName(), Files.readAllBytes(file.uploadedFile()), dryRun, month(month));
    }

    @GET
    @Path("import/template")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RolesAllowed({ Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN })
    public Response template() {
        StreamingOutput body = ProjectLedgerTemplate::write;
        return Response.ok(body).header("Content-Disposition",
                "attachment; filename=\"project-ledger-template.xlsx\"; filename*=UTF-8''"
                        + "%E9%A1%B9%E7%9B%AE%E6%9C%88%E5%BA%A6%E5%8F%B0%E8%B4%A6%E6%A8%A1%E6%9D%BF.xlsx")
                .build();
    }

    /** The ledger month: as given, else the previous month; never one that has not begun. */
    static YearMonth month(String text) {
        YearMonth current = YearMonth.from(BusinessDates.today());
        if (text == null || text.isBlank()) {
            return current.minusMonths(1);
        }
        Matcher m = MONTH.matcher(text.strip());
        YearMonth month;
        try {
            if (!m.matches()) {
                throw new IllegalArgumentException();
            }
            month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (RuntimeException e) {
            throw ApiException.invalid("month", "import.bad_month", "台账月份应写成 YYYY-MM，如 2026-03。");
        }
        if (month.isAfter(current)) {
            throw ApiException.invalid("month", "import.month_in_future", "台账月份不能晚于本月。");
        }
        return month;
    }
}
