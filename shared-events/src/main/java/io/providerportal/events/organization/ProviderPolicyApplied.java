package io.providerportal.events.organization;

import io.providerportal.events.OrganizationEvent;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The default policy of the organization's provider, as it now applies to the organization: when the provider set
 * it, or when the organization became its client. The organization lives under the stricter of this and its own.
 */
@Revision("1")
public record ProviderPolicyApplied(UUID organizationId, UUID providerId, PolicyType type, boolean enabled, String data)
        implements OrganizationEvent {}
