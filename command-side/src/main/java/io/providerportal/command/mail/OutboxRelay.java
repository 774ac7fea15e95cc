package io.providerportal.command.mail;

import java.io.IOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers the outbox: through SMTP when {@code spring.mail.host} is set, otherwise by writing each message to the
 * log (enough for a single-machine installation, where the operator passes links on by hand).
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final PortalMailProperties properties;

    OutboxRelay(MailOutbox outbox, ObjectProvider<JavaMailSender> mailSender, PortalMailProperties properties) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.properties = properties;
    }

    /** One batch per transaction: the claimed rows stay locked until they are marked sent (or the batch fails). */
    @Scheduled(fixedDelayString = "${portal.mail.relay-interval:PT1S}")
    @Transactional
    public void deliver() {
        JavaMailSender sender = mailSender.getIfAvailable();
        for (MailOutbox.Mail mail : outbox.claimPending(50)) {
            if (sender == null) {
                log.info("Mail to {}: {}\n{}", mail.recipient(), mail.subject(), mail.body());
                drop(mail);
            } else {
                try {
                    sender.send(message(mail));
                } catch (MailException e) {
                    log.warn("Could not send mail {} to {}; will retry: {}", mail.id(), mail.recipient(), e.getMessage());
                    outbox.markFailed(mail.id(), String.valueOf(e.getMessage()));
                    continue;
                }
            }
            outbox.markSent(mail.id());
        }
    }

    private void drop(MailOutbox.Mail mail) {
        if (properties.dropDirectory() == null) {
            return;
        }
        try {
            Files.createDirectories(properties.dropDirectory());
            Files.writeString(properties.dropDirectory().resolve(mail.recipient() + ".txt"),
                    "Subject: " + mail.subject() + "\n\n" + mail.body());
        } catch (IOException e) {
            log.warn("Could not write mail {} to {}: {}", mail.id(), properties.dropDirectory(), e.getMessage());
        }
    }

    private SimpleMailMessage message(MailOutbox.Mail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(mail.recipient());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        return message;
    }
}
