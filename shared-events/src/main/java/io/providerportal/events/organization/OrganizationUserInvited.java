package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An email was invited into an organization with a role; the invitation takes a seat from now on. */
@Revision("1")
public record OrganizationUserInvited(
        UUID organizationId, UUID organizationUserId, String email, OrganizationUserType type)
        implements OrganizationEvent {}
