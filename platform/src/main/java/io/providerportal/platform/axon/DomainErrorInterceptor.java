package io.providerportal.platform.axon;

import io.providerportal.platform.web.PortalException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Turns a domain rejection into a {@link CommandExecutionException} with serializable details, so the web layer
 * maps it the same way whether the command ran in this JVM or behind Axon Server.
 */
class DomainErrorInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (PortalException e) {
            throw new CommandExecutionException(e.getMessage(), e, e.details());
        }
    }
}
