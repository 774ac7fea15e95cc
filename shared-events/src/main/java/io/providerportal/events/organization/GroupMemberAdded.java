package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A member joined a group. */
@Revision("1")
public record GroupMemberAdded(UUID organizationId, UUID groupId, UUID organizationUserId)
        implements OrganizationEvent {}
