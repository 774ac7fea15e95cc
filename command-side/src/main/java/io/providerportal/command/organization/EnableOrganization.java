package io.providerportal.command.organization;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Enables an organization; sent for each client when its provider is enabled again. */
record EnableOrganization(@TargetAggregateIdentifier UUID organizationId) {}
