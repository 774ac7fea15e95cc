package io.providerportal.command.mail;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from      the sender of every mail
 * @param publicUrl where users reach the portal; links in mails start with it
 * @param dropDirectory without an SMTP server, each mail is also written here as {@code <recipient>.txt} (the
 *                      newest mail to an address replaces the one before), so a local user can open its links
 */
@ConfigurationProperties("portal.mail")
public record PortalMailProperties(
        @DefaultValue("Provider Portal <no-reply@localhost>")
        String from,

        @DefaultValue("http://localhost:8080") URI publicUrl,
        Path dropDirectory) {}
