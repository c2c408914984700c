package io.attract.reminder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record WebhookRequest(
        @NotNull WebhookKind kind,

        @NotBlank @Size(max = 1000) @Pattern(regexp = "^https?://\\S+$", message = "须是 http(s):// 开头的地址")
        String url,

        @Schema(
                nullable = true,
                description = "DingTalk's signing secret (SEC…): null keeps the one set, empty removes it")
        @Size(max = 200)
        String secret) {}
