package io.providerportal.standalone;

import io.providerportal.command.CommandSideApplication;
import io.providerportal.query.QuerySideApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/** Command side and query side in one JVM and on one port: what the README's run command starts. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(
        basePackages = "io.providerportal",
        excludeFilters =
                @ComponentScan.Filter(
                        type = FilterType.ASSIGNABLE_TYPE,
                        classes = {CommandSideApplication.class, QuerySideApplication.class}))
@EnableConfigurationProperties(StandaloneProperties.class)
public class StandaloneApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(StandaloneApplication.class, args);
    }
}
