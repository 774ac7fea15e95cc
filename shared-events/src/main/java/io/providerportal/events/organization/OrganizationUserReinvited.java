package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A pending invitation was sent again, with a fresh token. */
@Revision("1")
public record OrganizationUserReinvited(UUID organizationId, UUID organizationUserId, String email)
        implements OrganizationEvent {}
