package io.providerportal.query.config;

import io.providerportal.platform.persistence.Migrations;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The query side owns its read-model tables: migration set {@code query}. */
@Configuration(proxyBeanMethods = false)
class QueryMigrations {

    @Bean(initMethod = "migrate")
    Flyway queryFlyway(DataSource dataSource) {
        return Migrations.of(dataSource, "query");
    }
}
