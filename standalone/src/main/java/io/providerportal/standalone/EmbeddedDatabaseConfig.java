package io.providerportal.standalone;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real PostgreSQL started from the application jar, with its data kept in a folder between restarts, so the
 * portal runs with nothing else installed. {@code PORTAL_DATABASE=external} switches to an external server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.database", havingValue = "embedded", matchIfMissing = true)
class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    /** Stopped by Spring after the connection pool, not by the library's own shutdown hook. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(StandaloneProperties properties) throws IOException {
        Path directory = properties.dataDirectory().toAbsolutePath();
        Files.createDirectories(directory);
        requireFree(properties.embeddedPort(), directory);
        log.info("Starting embedded PostgreSQL with data in {}", directory);
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(properties.embeddedPort())
                .setRegisterShutdownHook(false)
                .start();
    }

    /**
     * PostgreSQL started on a taken port exits, and the pool would connect to whatever listens there: another
     * portal's database. So a taken port stops the start-up instead.
     */
    private static void requireFree(int port, Path directory) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Port " + port + " for the embedded database of " + directory
                            + " is taken, perhaps by another portal's database: stop it, or set portal.embedded-port (PORTAL_EMBEDDEDPORT)",
                    e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create()
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
    }
}
