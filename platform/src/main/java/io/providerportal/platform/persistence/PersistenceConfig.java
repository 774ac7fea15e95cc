package io.providerportal.platform.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.orm.jpa.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Migrates Axon's own tables (shared by both sides) and makes JPA wait for every migration set. */
@Configuration(proxyBeanMethods = false)
class PersistenceConfig {

    @Bean(initMethod = "migrate")
    Flyway axonFlyway(DataSource dataSource) {
        return Migrations.of(dataSource, "axon");
    }

    @Bean
    static EntityManagerFactoryDependsOnPostProcessor entityManagerFactoryAfterMigrations() {
        return new EntityManagerFactoryDependsOnPostProcessor(Flyway.class);
    }
}
