package io.providerportal.platform.axon;

import io.providerportal.events.EventMetadata;
import io.providerportal.platform.security.Actors;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Stamps every command with the authenticated actor at dispatch, on the request's thread; the correlation data
 * providers then copy it onto each event the command produces.
 */
class ActorMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> Actors.current()
                .<CommandMessage<?>>map(actor -> command.andMetaData(Map.of(
                        EventMetadata.ACTOR_ID, actor.id().toString(),
                        EventMetadata.ACTOR_TYPE, actor.type().name())))
                .orElse(command);
    }
}
