package io.providerportal.events.provider;

import io.providerportal.events.ProviderEvent;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A client group's name and clients, as a whole: members scoped to it reach exactly these from now on. */
@Revision("1")
public record ProviderClientGroupUpdated(UUID providerId, UUID clientGroupId, String name, List<UUID> organizationIds)
        implements ProviderEvent {}
