package io.attract.attachment;

import io.attract.common.error.ApiException;
import io.attract.common.idempotency.IdempotentCreates;
import io.attract.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Attachments of projects, funds entries, visits, firms and leads: one upload endpoint for every owner (ADR 0033).
 * Whoever cannot read the owner gets 404; whoever may write the owner uploads and deletes.
 */
@Path("/api/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentResource {

    @Inject
    AttachmentService service;

    @Inject
    AttachmentConfig config;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public List<AttachmentView> list(
            @QueryParam("ownerType") @NotNull OwnerType ownerType, @QueryParam("ownerId") @NotNull Long ownerId) {
        return service.list(ownerType, ownerId);
    }

    /**
     * Multipart: {@code ownerType}, {@code ownerId}, {@code file} and, for a photo whose location is to be kept on
     * purpose, {@code keepLocation=true}. With {@code Idempotency-Key}, a retry answers 200 with the first upload.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponseSchema(value = AttachmentView.class, responseCode = "201")
    public Response upload(
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @RestForm("ownerType") String ownerType,
            @RestForm("ownerId") String ownerId,
            @RestForm("keepLocation") String keepLocation,
            @RestForm("file") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.invalid("file", "attachment.file_missing", "请选择要上传的文件。");
        }
        if (file.size() > config.maxSize().asLongValue()) {
            throw service.tooLarge();
        }
        AttachmentService.Upload upload = new AttachmentService.Upload(
                owner(ownerType), id(ownerId), file.fileName(), file.uploadedFile(), "true".equals(keepLocation));
        AttachmentService.Created created = service.upload(upload, idempotencyKey);
        Response.ResponseBuilder answer = created.replayed()
                ? Response.ok()
                : Response.created(
                        URI.create("/api/attachments/" + created.attachment().id()));
        return answer.entity(created.attachment()).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    public AttachmentView get(@PathParam("id") long id) {
        return service.get(id);
    }

    /** Images and PDFs inline (for the preview) unless {@code download=true}; other files always as a download. */
    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "the file")
    public Response content(@PathParam("id") long id, @QueryParam("download") boolean download) {
        return send(service.content(id, download));
    }

    @GET
    @Path("{id}/thumbnail")
    @Produces("image/jpeg")
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD, Roles.LEADER, Roles.STATS, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "a JPEG at most 320 pixels each way")
    public Response thumbnail(@PathParam("id") long id) {
        return send(service.thumbnail(id));
    }

    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.OFFICER, Roles.UNIT_HEAD})
    @APIResponse(responseCode = "204", description = "No Content")
    public Response delete(@PathParam("id") long id) {
        service.delete(id);
        return Response.noContent().build();
    }

    private static Response send(AttachmentService.Content content) {
        Response.ResponseBuilder answer = Response.ok(content.stream(), content.mediaType())
                .header("Content-Disposition", FileNames.contentDisposition(content.fileName(), content.inline()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store");
        if (!SniffedType.PDF.mediaType.equals(content.mediaType())) {
            // A file is never a page: nothing in it runs even when opened on its own. (Not on PDFs: Chromium's viewer
            // refuses to show a sandboxed PDF.)
            answer.header("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox");
        }
        return answer.build();
    }

    private static OwnerType owner(String value) {
        try {
            return OwnerType.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(
                    "ownerType", "attachment.bad_owner_type", "附件所属对象类型应为 PROJECT、FUND、VISIT、ENTERPRISE 或 LEAD。");
        }
    }

    private static long id(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid("ownerId", "attachment.bad_owner_id", "附件所属对象编号无效。");
        }
    }
}
