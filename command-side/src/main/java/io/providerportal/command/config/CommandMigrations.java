package io.providerportal.command.config;

import io.providerportal.platform.persistence.Migrations;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/** The command side owns its lookup tables and identity tables: migration set {@code command}. */
@Configuration(proxyBeanMethods = false)
class CommandMigrations {

    /** After Axon's tables: lookups added later are filled from the events already stored. */
    @Bean(initMethod = "migrate")
    @DependsOn("axonFlyway")
    Flyway commandFlyway(DataSource dataSource) {
        return Migrations.of(dataSource, "command");
    }
}
