package io.providerportal.platform.axon;

import io.providerportal.events.EventMetadata;
import io.providerportal.platform.security.Actors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Stamps every command with the authenticated actor, and the request's address and device type, at dispatch on
 * the request's thread; the correlation data providers then copy them onto each event the command produces.
 */
public class ActorMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, String> metadata = ofCurrentRequest();
            return metadata.isEmpty() ? command : command.andMetaData(metadata);
        };
    }

    /** The actor, address and device of the request on this thread; also for events published outside commands. */
    public static Map<String, String> ofCurrentRequest() {
        Map<String, String> metadata = new HashMap<>();
        Actors.current().ifPresent(actor -> {
            metadata.put(EventMetadata.ACTOR_ID, actor.id().toString());
            metadata.put(EventMetadata.ACTOR_TYPE, actor.type().name());
        });
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            metadata.put(EventMetadata.IP_ADDRESS, request.getRemoteAddr());
            String deviceType = request.getHeader("Device-Type");
            if (deviceType != null && deviceType.matches("\\d{1,3}")) {
                metadata.put(EventMetadata.DEVICE_TYPE, deviceType);
            }
        }
        return metadata;
    }
}
