package io.providerportal.events.provider;

import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * An operator named a registered user the owner of a new provider. The owner holds no access yet: they become a
 * confirmed Provider Admin when they set up the provider key ({@link ProviderSetUp}).
 */
@Revision("1")
public record ProviderOwnerAssigned(UUID providerId, UUID providerUserId, UUID userId, String email)
        implements ProviderEvent {}
