package io.providerportal.command.organization;

import io.providerportal.events.organization.PolicyType;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets a policy; {@code data} is its settings already checked and in canonical JSON, or null. */
record SetPolicy(@TargetAggregateIdentifier UUID organizationId, PolicyType type, boolean enabled, String data) {}
