package io.attract.project;

import io.attract.common.error.ApiException;
import io.attract.common.excel.WorkbookReader;
import io.attract.common.rest.Downloads;
import io.attract.common.security.Roles;
import io.attract.common.time.BusinessDates;
import io.attract.common.web.Throttled;
import io.attract.job.JobProgress;
import io.attract.job.JobResource;
import io.attract.job.JobView;
import io.attract.job.Jobs;
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
import java.io.IOException;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The monthly ledger (月度台账): its import and the template to fill in. */
@Path("/api/projects")
public class ProjectImportResource {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

    @Inject
    ProjectLedgerImport importer;

    @Inject
    LedgerPreviews previews;

    @Inject
    Jobs jobs;

    /** The kind of the jobs {@code POST /api/projects/import} starts. */
    public static final String IMPORT_JOB = "LEDGER_IMPORT";

    /**
     * The wizard's first look at a ledger (.xlsx, .xls or .csv): the sheet and header found, the month proposed,
     * the columns' fields and the first rows. Nothing is written.
     */
    @POST
    @Path("import/preview")
    @Throttled(Throttled.Kind.IMPORT)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.STATS, Roles.ADMIN})
    public LedgerPreview preview(@RestForm("file") FileUpload file, @RestForm("sheet") String sheet)
            throws IOException {
        return previews.preview(file(file).fileName(), Files.readAllBytes(file.uploadedFile()), sheet);
    }

    /**
     * Checks ({@code dryRun=true}) or applies a ledger for {@code month} (YYYY-MM; by default the previous month in
     * Beijing time) as a job: 202 + {@code Location: /api/jobs/{id}}, whose result is the report. With any error or
     * unknown name, or with {@code dryRun=true}, nothing is written. {@code options}: the wizard's choices (JSON).
     */
    @POST
    @Path("import")
    @Throttled(Throttled.Kind.IMPORT)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.STATS, Roles.ADMIN})
    @APIResponseSchema(value = JobView.class, responseCode = "202")
    public Response importLedger(
            @RestForm("file") FileUpload file,
            @RestForm("options") String options,
            @QueryParam("dryRun") boolean dryRun,
            @QueryParam("month") String month)
            throws IOException {
        String name = file(file).fileName();
        LedgerImportOptions chosen = LedgerImportOptions.parse(options);
        YearMonth ledgerMonth = month(month);
        importer.requireAllowed();
        ProjectLedgerImport.refuseClosed(ledgerMonth);
        byte[] content = Files.readAllBytes(file.uploadedFile());
        return JobResource.accepted(
                jobs.start(IMPORT_JOB, progress -> importer.run(name, content, dryRun, ledgerMonth, chosen, progress)));
    }

    /** The check's report as the user's own sheet, with 错误说明 beside each row that has a problem (.xlsx). */
    @POST
    @Path("import/annotated")
    @Throttled(Throttled.Kind.EXPORT)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.STATS, Roles.ADMIN})
    public Response annotated(
            @RestForm("file") FileUpload file, @RestForm("options") String options, @QueryParam("month") String month)
            throws IOException {
        String name = file(file).fileName();
        LedgerImportOptions chosen = LedgerImportOptions.parse(options);
        byte[] content = Files.readAllBytes(file.uploadedFile());
        LedgerReport report = importer.run(name, content, true, month(month), chosen, JobProgress.NONE);
        WorkbookReader.Grid grid = WorkbookReader.read(name, content).stream()
                .filter(g -> g.name().equals(report.sheet()))
                .findFirst()
                .orElseThrow();
        StreamingOutput body = out -> LedgerAnnotatedSheet.write(grid, report, out);
        return Downloads.file(body, "ledger-report.xlsx", "台账错误说明.xlsx");
    }

    private static FileUpload file(FileUpload file) {
        if (file == null) {
            throw ApiException.invalid("file", "import.no_file", "请选择要导入的 .xlsx、.xls 或 .csv 文件。");
        }
        WorkbookReader.supported(file.fileName());
        return file;
    }

    @GET
    @Path("import/template")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public Response template() {
        StreamingOutput body = ProjectLedgerTemplate::write;
        return Downloads.file(body, "project-ledger-template.xlsx", "项目月度台账模板.xlsx");
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
