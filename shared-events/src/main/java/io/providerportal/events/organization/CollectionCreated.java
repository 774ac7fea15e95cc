package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A collection was created in an organization; its name is an EncString under the organization key. */
@Revision("1")
public record CollectionCreated(
        UUID organizationId,
        UUID collectionId,
        String name) implements OrganizationEvent {
}
