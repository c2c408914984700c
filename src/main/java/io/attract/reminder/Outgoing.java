package io.attract.reminder;

import java.time.LocalDate;

/**
 * A message about to be sent. {@code recipient} is a login (mail) or {@code unit:<id>} (robot): the address is read
 * again at each attempt, so a retry uses what the admin or the provider says now. {@code ref} makes it unique: the
 * day of a digest, {@code worklog:<id>} of an escalation.
 */
record Outgoing(
        String kind,
        Channel channel,
        String recipient,
        String recipientName,
        LocalDate day,
        String ref,
        String subject,
        String body) {

    enum Channel {
        EMAIL,
        WECOM,
        DINGTALK
    }

    static String unit(long unitId) {
        return "unit:" + unitId;
    }

    static Channel of(WebhookKind kind) {
        return kind == WebhookKind.WECOM ? Channel.WECOM : Channel.DINGTALK;
    }
}
