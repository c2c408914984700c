package io.attract.reminder;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Plain-text mail over SMTP (Quarkus Mailer; host, port, account and sender from quarkus.mailer.*). */
@ApplicationScoped
class MailSender {

    @Inject
    Mailer mailer;

    void send(String to, String subject, String text) throws DeliveryFailed {
        try {
            mailer.send(Mail.withText(to, subject, text));
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String message = cause.getMessage() == null ? "" : "：" + cause.getMessage();
            throw new DeliveryFailed("邮件发送失败" + (message.length() > 300 ? message.substring(0, 300) : message));
        }
    }
}
