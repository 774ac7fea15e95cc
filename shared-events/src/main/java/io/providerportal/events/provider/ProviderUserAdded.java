package io.providerportal.events.provider;

import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An existing user became a confirmed provider member without an invitation: the provider's owner, set by the
 * operator who created the provider. No longer produced: a new provider's owner is {@link ProviderOwnerAssigned}
 * and confirmed by {@link ProviderSetUp}; stores keep this event for providers created before set-up existed.
 */
@Revision("1")
public record ProviderUserAdded(UUID providerId, UUID providerUserId, UUID userId, String email, ProviderUserType type)
        implements ProviderEvent {}
