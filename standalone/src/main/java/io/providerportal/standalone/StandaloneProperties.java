package io.providerportal.standalone;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param database      {@code embedded} (default) or {@code external} (then {@code PORTAL_DB_*} apply)
 * @param dataDirectory where the embedded PostgreSQL keeps its data
 * @param embeddedPort  the embedded PostgreSQL's port on 127.0.0.1
 */
@ConfigurationProperties("portal")
record StandaloneProperties(
        @DefaultValue("embedded") String database,
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("54329") int embeddedPort) {}
