package io.providerportal.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The write side on its own: identity, the command API, aggregates and their lookup tables. */
@SpringBootApplication(scanBasePackages = {"io.providerportal.command", "io.providerportal.platform"})
public class CommandSideApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
