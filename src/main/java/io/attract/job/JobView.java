package io.attract.job;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A job as {@code GET /api/jobs/{id}} answers it. {@code result} is the work's answer (an import's report, also when
 * the sheet was rejected row by row); {@code problem} is a problem+json body, only when the job FAILED.
 */
@Schema(extensions = @Extension(name = "x-absent-when-null", value = "true", parseValue = true))
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobView(
        UUID id,
        String kind,
        JobState state,
        JobPhase phase,
        int done,
        int total,
        JsonNode result,
        JsonNode problem,
        Instant createdAt,
        Instant finishedAt) {}
