package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A member lost all access but keeps their place; revoked members take no seat. */
@Revision("1")
public record OrganizationUserRevoked(UUID organizationId, UUID organizationUserId) implements OrganizationEvent {}
