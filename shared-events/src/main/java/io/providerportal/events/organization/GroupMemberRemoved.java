package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A member left a group. */
@Revision("1")
public record GroupMemberRemoved(UUID organizationId, UUID groupId, UUID organizationUserId)
        implements OrganizationEvent {}
