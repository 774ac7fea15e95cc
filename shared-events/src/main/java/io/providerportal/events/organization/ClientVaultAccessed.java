package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import io.providerportal.events.ProviderEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A member of the managing provider (the actor) opened a client's vault (PO-13). Recorded by the read side when
 * it answers: it is the one event that follows a read, not a command.
 */
@Revision("1")
public record ClientVaultAccessed(UUID organizationId, UUID providerId) implements OrganizationEvent, ProviderEvent {}
