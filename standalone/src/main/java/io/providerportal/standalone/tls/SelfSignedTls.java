package io.providerportal.standalone.tls;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code portal.tls=self-signed}: the portal serves HTTPS with a certificate of its own for localhost, 127.0.0.1
 * and the names in {@code portal.tls-names}, made on the first start and kept in {@code portal.tls-directory}. It is
 * what the Bitwarden clients and a browser on another machine need without a certificate authority; clients trust
 * {@code portal.pem}. Real installations use Spring Boot's {@code server.ssl} settings or terminate TLS at a proxy.
 */
public class SelfSignedTls implements EnvironmentPostProcessor {

    static final String BUNDLE = "portal-self-signed";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"self-signed".equals(environment.getProperty("portal.tls"))) {
            return;
        }
        Path directory = Path.of(environment.getProperty("portal.tls-directory", "./data/tls"));
        List<String> names = Stream.concat(
                        Stream.of("localhost", "127.0.0.1", "::1"),
                        Arrays.stream(environment
                                        .getProperty("portal.tls-names", "")
                                        .split(","))
                                .map(String::trim)
                                .filter(name -> !name.isEmpty()))
                .distinct()
                .toList();
        SelfSignedCertificate.Kept kept = SelfSignedCertificate.ensure(directory, names);
        String prefix = "spring.ssl.bundle.jks." + BUNDLE + ".keystore.";
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "portal-self-signed-tls",
                        Map.of(
                                prefix + "location",
                                kept.keyStore().toUri().toString(),
                                prefix + "password",
                                kept.password(),
                                prefix + "type",
                                "PKCS12",
                                "server.ssl.bundle",
                                BUNDLE)));
    }
}
