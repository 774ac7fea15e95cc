package io.providerportal.command.config;

import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A failure in a lookup table fails the command that caused it. The lookups run in the command's transaction and
 * authorization trusts them, so a logged-and-ignored failure (Axon's default) would let events and lookups part.
 */
@Configuration(proxyBeanMethods = false)
class LookupErrorHandling {

    static final List<String> LOOKUPS = List.of("identity-directory", "provider-lookup", "organization-lookup");

    @Bean
    ConfigurerModule lookupsPropagateErrors() {
        return configurer -> LOOKUPS.forEach(group -> configurer
                .eventProcessing()
                .registerListenerInvocationErrorHandler(group, config -> PropagatingErrorHandler.instance()));
    }
}
