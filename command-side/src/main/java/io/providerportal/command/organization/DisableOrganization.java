package io.providerportal.command.organization;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Disables an organization; sent for each client when its provider is disabled. */
record DisableOrganization(@TargetAggregateIdentifier UUID organizationId) {}
