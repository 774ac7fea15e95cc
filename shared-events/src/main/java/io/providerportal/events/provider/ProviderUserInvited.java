package io.providerportal.events.provider;

import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An email was invited to become a provider member of the given type; it holds no access until confirmed. */
@Revision("1")
public record ProviderUserInvited(UUID providerId, UUID providerUserId, String email, ProviderUserType type)
        implements ProviderEvent {}
