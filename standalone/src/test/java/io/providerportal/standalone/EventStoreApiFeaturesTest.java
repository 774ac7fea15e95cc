package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The event-log features on an event store that only Axon's API reaches: Axon's in-memory storage engine, which, as
 * Axon Server, keeps no table the portal could query and hands out gap-free tokens from 0. Nothing may read the
 * database's event table to answer, or the answers here would be empty or wrong. The rest (read models, tokens,
 * identity) lives in a database of its own, made afresh for each run, since the events do not outlive it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {StandaloneApplication.class, EventStoreApiFeaturesTest.EventsOutsideTheDatabase.class})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EventStoreApiFeaturesTest extends EventStoreFeatures {

    private static final String ENGINE = "eventStorageEngine";

    @Autowired
    EventStorageEngine engine;

    /** Not a component (the module's scan would find it): this context alone names it. */
    static class EventsOutsideTheDatabase {

        /** Puts Axon's in-memory engine in the place of the database's, once every bean definition is known. */
        @Bean
        static BeanDefinitionRegistryPostProcessor eventsInMemory() {
            return new BeanDefinitionRegistryPostProcessor() {
                @Override
                public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                    registry.removeBeanDefinition(ENGINE);
                    registry.registerBeanDefinition(
                            ENGINE,
                            new RootBeanDefinition(InMemoryEventStorageEngine.class, InMemoryEventStorageEngine::new));
                }

                @Override
                public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {}
            };
        }
    }

    @Test
    void theEventsAreNowhereInTheDatabase() throws Exception {
        scenario.own("Elsewhere", 5);

        assertThat(engine).isInstanceOf(InMemoryEventStorageEngine.class);
        assertThat(jdbc.sql("select count(*) from domain_event_entry")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(api.lastPosition()).isPositive();
    }

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry properties) throws Exception {
        String host = env("PORTAL_DB_HOST", "127.0.0.1");
        String port = env("PORTAL_DB_PORT", "5432");
        String user = env("PORTAL_DB_USER", "postgres");
        String password = env("PORTAL_DB_PASSWORD", "");
        String database = env("PORTAL_TEST_DB_NAME", "test") + "_events_api";
        try (Connection admin = DriverManager.getConnection(
                        "jdbc:postgresql://" + host + ":" + port + "/postgres", user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists \"" + database + "\" with (force)");
            statement.execute("create database \"" + database + "\"");
        }
        properties.add("spring.datasource.url", () -> "jdbc:postgresql://" + host + ":" + port + "/" + database);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
