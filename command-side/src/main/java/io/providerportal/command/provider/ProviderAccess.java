package io.providerportal.command.provider;

import io.providerportal.platform.security.Actor;
import io.providerportal.platform.security.ProviderPermission;
import io.providerportal.platform.security.ProviderPolicy;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The command side's one authorization check for everything done to or through a provider: the actor's confirmed
 * membership comes from the command-side lookup table, the decision from {@link ProviderPolicy}.
 */
@Component
public class ProviderAccess {

    /** What a command about a provider needs to know of it. */
    public record ProviderContext(UUID providerId, boolean enabled, String billingEmail) {
    }

    private final ProviderLookup lookup;

    ProviderAccess(ProviderLookup lookup) {
        this.lookup = lookup;
    }

    public ProviderContext require(Actor actor, UUID providerId, ProviderPermission permission) {
        ProviderLookup.ProviderRow provider = lookup.find(providerId).orElseThrow(ProviderPolicy::notFound);
        ProviderPolicy.check(permission, lookup.confirmedMembership(providerId, actor.id()).orElse(null),
                actor.isOperator());
        return new ProviderContext(provider.providerId(), provider.enabled(), provider.billingEmail());
    }

    /** Whether the actor is a confirmed member (of either type) of the provider. */
    public boolean isConfirmedMember(Actor actor, UUID providerId) {
        return lookup.confirmedMembership(providerId, actor.id()).isPresent();
    }

    public void requireOperator(Actor actor) {
        if (!actor.isOperator()) {
            throw ProviderErrors.operatorRequired();
        }
    }
}
