package io.providerportal.standalone.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code portal.tls=self-signed} on a web server started the way the portal's is (the same environment processing
 * and Spring Boot SSL bundle): HTTPS for localhost and 127.0.0.1 that a client trusting {@code portal.pem} accepts
 * and any other client refuses, with the same certificate after a restart.
 */
class SelfSignedTlsTest {

    @TempDir
    Path directory;

    @SpringBootConfiguration
    @ImportAutoConfiguration({
        ServletWebServerFactoryAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        SslAutoConfiguration.class
    })
    @RestController
    static class Probe {

        @GetMapping("/probe")
        String probe() {
            return "over TLS";
        }
    }

    @Test
    void clientsTrustingThePortalsCertificateGetHttpsAndOthersAreRefused() throws Exception {
        X509Certificate first;
        try (ConfigurableApplicationContext portal = start()) {
            int port =
                    ((ServletWebServerApplicationContext) portal).getWebServer().getPort();
            HttpClient trusting = HttpClient.newBuilder()
                    .sslContext(PemTrust.of(directory.resolve("portal.pem")))
                    .build();
            for (String host : List.of("127.0.0.1", "localhost")) {
                HttpResponse<String> answer = trusting.send(
                        HttpRequest.newBuilder(URI.create("https://" + host + ":" + port + "/probe"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.body()).isEqualTo("over TLS");
            }
            assertThatThrownBy(() -> HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/probe"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(SSLHandshakeException.class);
            first = certificate();
        }
        assertThat(Files.readString(directory.resolve("portal.pem"))).startsWith("-----BEGIN CERTIFICATE-----");

        try (ConfigurableApplicationContext restarted = start()) {
            assertThat(certificate()).isEqualTo(first);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Probe.class)
                .run(
                        "--portal.tls=self-signed",
                        "--portal.tls-directory=" + directory,
                        "--server.port=0",
                        "--server.address=127.0.0.1");
    }

    private X509Certificate certificate() throws Exception {
        try (InputStream in = Files.newInputStream(directory.resolve("portal.pem"))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
