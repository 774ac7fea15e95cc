package io.providerportal.events.provider;

import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A member became a Provider Admin or a Service User. */
@Revision("1")
public record ProviderUserTypeChanged(UUID providerId, UUID providerUserId, ProviderUserType type)
        implements ProviderEvent {}
