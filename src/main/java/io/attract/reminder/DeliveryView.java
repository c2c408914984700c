package io.attract.reminder;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of 提醒发送记录. */
public record DeliveryView(
        long id,
        @Schema(enumeration = {"DIGEST", "ESCALATION"}) String kind,

        @Schema(enumeration = {"EMAIL", "WECOM", "DINGTALK"})
        String channel,

        String recipientName,
        @Schema(nullable = true) LocalDate day,
        String subject,
        @Schema(enumeration = {"SENDING", "SENT", "FAILED"}) String status,
        int attempts,

        @Schema(description = "a failed message that will be tried again")
        boolean willRetry,

        @Schema(nullable = true) String lastError,
        Instant createdAt,
        @Schema(nullable = true) Instant sentAt) {}
