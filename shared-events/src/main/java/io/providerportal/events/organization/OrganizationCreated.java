package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A user created an organization of their own and became its first Owner. */
@Revision("1")
public record OrganizationCreated(UUID organizationId, String name, String billingEmail, PlanType plan, int seats)
        implements OrganizationEvent {}
