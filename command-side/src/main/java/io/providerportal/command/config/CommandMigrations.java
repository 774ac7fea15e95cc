package io.providerportal.command.config;

import io.providerportal.platform.persistence.Migrations;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The command side owns its lookup tables and identity tables: migration set {@code command}. */
@Configuration(proxyBeanMethods = false)
class CommandMigrations {

    @Bean(initMethod = "migrate")
    Flyway commandFlyway(DataSource dataSource) {
        return Migrations.of(dataSource, "command");
    }
}
