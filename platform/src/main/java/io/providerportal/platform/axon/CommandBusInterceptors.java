package io.providerportal.platform.axon;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.stereotype.Component;

/** Puts the actor stamp and the error translation on the command bus, whichever bus is configured. */
@Component
class CommandBusInterceptors {

    CommandBusInterceptors(CommandBus commandBus) {
        commandBus.registerDispatchInterceptor(new ActorMetadataInterceptor());
        commandBus.registerHandlerInterceptor(new DomainErrorInterceptor());
    }
}
