package io.providerportal.events.provider;

import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A Provider Admin confirmed the member and gave them the provider key wrapped with their public key
 * (EncString type 4); from now on the member has access.
 */
@Revision("1")
public record ProviderUserConfirmed(UUID providerId, UUID providerUserId, UUID userId, String key)
        implements ProviderEvent {}
