package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The creator of an organization joined it as a confirmed Owner, with their copy of its key (EncString type 4). */
@Revision("1")
public record OrganizationOwnerAdded(
        UUID organizationId, UUID organizationUserId, UUID userId, String email, String key)
        implements OrganizationEvent {}
