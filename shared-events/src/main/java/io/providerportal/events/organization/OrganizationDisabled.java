package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The organization was disabled: its members keep their data but lose access to it. */
@Revision("1")
public record OrganizationDisabled(UUID organizationId) implements OrganizationEvent {}
