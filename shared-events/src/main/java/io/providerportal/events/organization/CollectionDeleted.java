package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A collection was deleted. Every member's and group's access to it goes with it, and items leave it (an item in
 * no other collection becomes unassigned); no separate access events are recorded for that.
 */
@Revision("1")
public record CollectionDeleted(UUID organizationId, UUID collectionId) implements OrganizationEvent {}
