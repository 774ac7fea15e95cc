package io.providerportal.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The read side on its own: projections, read models and every GET endpoint. */
@SpringBootApplication(scanBasePackages = {"io.providerportal.query", "io.providerportal.platform"})
public class QuerySideApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
