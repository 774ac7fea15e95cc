package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A policy was set: whether it is enabled, and its settings as JSON (null for policies without settings). */
@Revision("1")
public record PolicyUpdated(UUID organizationId, PolicyType type, boolean enabled, String data)
        implements OrganizationEvent {}
