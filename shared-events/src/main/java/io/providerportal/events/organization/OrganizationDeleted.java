package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The organization was deleted with its vault: it leaves every read model, its members and its provider's members
 * lose it, and no command reaches it or its items again. Its history stays in the event store for auditors.
 *
 * @param providerId the provider that managed it, or null if it was no client
 */
@Revision("1")
public record OrganizationDeleted(UUID organizationId, UUID providerId) implements OrganizationEvent, ProviderEvent {}
