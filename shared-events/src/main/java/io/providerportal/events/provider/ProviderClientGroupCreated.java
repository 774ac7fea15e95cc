package io.providerportal.events.provider;

import io.providerportal.events.ProviderEvent;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A Provider Admin grouped some of the provider's clients, to scope members by group rather than client by
 * client.
 */
@Revision("1")
public record ProviderClientGroupCreated(UUID providerId, UUID clientGroupId, String name, List<UUID> organizationIds)
        implements ProviderEvent {}
