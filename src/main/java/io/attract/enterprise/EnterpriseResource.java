package io.attract.enterprise;

import io.attract.common.error.ApiException;
import io.attract.common.excel.CopyMark;
import io.attract.common.excel.SheetReader;
import io.attract.common.idempotency.IdempotentCreates;
import io.attract.common.persistence.IfMatch;
import io.attract.common.persistence.PageView;
import io.attract.common.persistence.SortParam;
import io.attract.common.rest.RecordAnswers;
import io.attract.common.security.Roles;
import io.attract.common.web.Throttled;
import io.attract.job.JobResource;
import io.attract.job.JobView;
import io.attract.job.Jobs;
import io.attract.user.CopyMarks;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/enterprises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnterpriseResource {

    @Inject
    CopyMarks copyMarks;

    @Inject
    IdempotentCreates creates;

    @Inject
    EnterpriseService service;

    @Inject
    EnterpriseExport export;

    @Inject
    EnterpriseMerge merge;

    @Inject
    EnterpriseImport importer;

    @Inject
    Jobs jobs;

    /** The kind of the jobs {@code POST /api/enterprises/import} starts. */
    public static final String IMPORT_JOB = "ENTERPRISE_IMPORT";

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public PageView<EnterpriseListItem> list(
            @BeanParam EnterpriseQuery query,
            @QueryParam("sort") @DefaultValue("-createdAt") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return service.list(query.filter(), sort(sort), page, size);
    }

    /** The filtered list as .xlsx (streamed), with the import template's headers. */
    @GET
    @Path("export")
    @Throttled(Throttled.Kind.EXPORT)
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public Response export(@BeanParam EnterpriseQuery query) {
        EnterpriseFilter filter = query.filter();
        CopyMark mark = copyMarks.now();
        StreamingOutput body = out -> export.write(filter, mark, out);
        return Response.ok(body)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"enterprises.xlsx\"; filename*=UTF-8''%E7%9B%AE%E6%A0%87%E4%BC%81%E4%B8%9A.xlsx")
                .build();
    }

    /**
     * Imports a sheet (.xlsx or .csv) with the export's columns, as a job: answers 202 with the job and
     * {@code Location: /api/jobs/{id}}; the job's result is the row-by-row report. With any error, or with
     * {@code dryRun=true}, nothing is written. A missing file, a file that is neither .xlsx nor .csv and a user
     * without a unit are refused at once.
     */
    @POST
    @Path("import")
    @Throttled(Throttled.Kind.IMPORT)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = JobView.class, responseCode = "202")
    public Response importSheet(@RestForm("file") FileUpload file, @QueryParam("dryRun") boolean dryRun)
            throws java.io.IOException {
        if (file == null) {
            throw ApiException.invalid("file", "import.no_file", "请选择要导入的 .xlsx 或 .csv 文件。");
        }
        SheetReader.supported(file.fileName());
        importer.requireUnit();
        String name = file.fileName();
        byte[] content = java.nio.file.Files.readAllBytes(file.uploadedFile());
        return JobResource.accepted(jobs.start(IMPORT_JOB, progress -> importer.run(name, content, dryRun, progress)));
    }

    /** The import template: the columns in Chinese, and a second sheet that explains them. */
    @GET
    @Path("import/template")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public Response template() {
        StreamingOutput body = out -> EnterpriseTemplate.write(out);
        return Response.ok(body)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"enterprise-template.xlsx\"; filename*=UTF-8''%E7%9B%AE%E6%A0%87%E4%BC%81%E4%B8%9A%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx")
                .build();
    }

    /** Firms whose names differ only by brackets, spaces, legal form or (集团): to review and merge. */
    @GET
    @Path("duplicates")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public List<EnterpriseMerge.DuplicateGroup> duplicates(
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return merge.duplicates(limit);
    }

    public record MergeRequest(
            @NotNull(message = "请选择要并入的企业") Long otherId) {}

    /** Merges {@code otherId} into this firm; the other is kept as merged (its history points here). */
    @POST
    @Path("{id}/merge")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = EnterpriseView.class, responseCode = "200")
    public Response merge(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MergeRequest request) {
        return withEtag(merge.merge(id, request.otherId(), ifMatch));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    @APIResponseSchema(value = EnterpriseView.class, responseCode = "200")
    public Response get(@PathParam("id") long id) {
        return withEtag(service.get(id));
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = EnterpriseView.class, responseCode = "201")
    public Response create(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey, @Valid @NotNull EnterpriseRequest request) {
        IdempotentCreates.Created<EnterpriseView> created = creates.once(
                idempotencyKey,
                "POST /api/enterprises",
                () -> service.create(request),
                EnterpriseView::id,
                service::get);
        return RecordAnswers.created(
                        created.replayed(), "/api/enterprises", created.value().id())
                .entity(created.value())
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = EnterpriseView.class, responseCode = "200")
    public Response update(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EnterpriseRequest request) {
        return withEtag(service.update(id, ifMatch, request));
    }

    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponse(responseCode = "204", description = "No Content")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    static Sort sort(String sort) {
        return SortParam.parse(sort, EnterpriseRepository.SORTS);
    }

    private static Response withEtag(EnterpriseView view) {
        return IfMatch.ok(view, view.version());
    }
}
