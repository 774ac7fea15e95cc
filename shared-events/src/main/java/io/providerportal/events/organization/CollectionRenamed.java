package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A collection was renamed; the name is an EncString under the organization key. */
@Revision("1")
public record CollectionRenamed(UUID organizationId, UUID collectionId, String name) implements OrganizationEvent {}
