package io.providerportal.events;

import java.util.UUID;

/** An event that belongs to an organization's history: its audit log, its isolation checks and its sequencing. */
public interface OrganizationEvent {

    UUID organizationId();
}
