package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A disabled organization was enabled again. */
@Revision("1")
public record OrganizationEnabled(UUID organizationId) implements OrganizationEvent {}
