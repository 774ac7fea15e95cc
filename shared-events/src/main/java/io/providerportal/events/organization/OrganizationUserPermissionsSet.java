package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A Custom member's permissions were set; the list replaces any earlier one. */
@Revision("1")
public record OrganizationUserPermissionsSet(
        UUID organizationId, UUID organizationUserId, List<CustomPermission> permissions)
        implements OrganizationEvent {}
