package io.providerportal.command.mail;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from      the sender of every mail
 * @param publicUrl where users reach the portal; links in mails start with it
 */
@ConfigurationProperties("portal.mail")
public record PortalMailProperties(
        @DefaultValue("Provider Portal <no-reply@localhost>") String from,
        @DefaultValue("http://localhost:8080") URI publicUrl) {
}
