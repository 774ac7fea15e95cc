package io.providerportal.events.provider;

import io.providerportal.events.ProviderEvent;
import io.providerportal.events.organization.PolicyType;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A provider's default policy for all its client organizations was set: whether it is enabled, and its settings as
 * JSON (null for policies without settings). Each client then records it with {@code ProviderPolicyApplied}.
 */
@Revision("1")
public record ProviderPolicyUpdated(UUID providerId, PolicyType type, boolean enabled, String data)
        implements ProviderEvent {}
