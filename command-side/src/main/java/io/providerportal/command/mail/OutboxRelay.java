package io.providerportal.command.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
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
    private static final Pattern UNSAFE_IN_FILE_NAMES = Pattern.compile("[^A-Za-z0-9@._+-]|^\\.");

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
                    log.warn(
                            "Could not send mail {} to {}; will retry: {}",
                            mail.id(),
                            mail.recipient(),
                            e.getMessage());
                    outbox.markFailed(mail.id(), String.valueOf(e.getMessage()));
                    continue;
                }
            }
            outbox.markSent(mail.id());
        }
    }

    /**
     * Writes the mail as {@code <recipient>.txt}, the newest replacing the one before, atomically so that a reader
     * never sees half a mail. The name keeps only characters no path can be made of.
     */
    private void drop(MailOutbox.Mail mail) {
        Path directory = properties.dropDirectory();
        if (directory == null) {
            return;
        }
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve(
                    UNSAFE_IN_FILE_NAMES.matcher(mail.recipient()).replaceAll("_") + ".txt");
            Path partial = Files.createTempFile(directory, ".mail-", ".partial");
            Files.writeString(partial, "Subject: " + mail.subject() + "\n\n" + mail.body());
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Could not write mail {} to {}: {}", mail.id(), directory, e.getMessage());
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
