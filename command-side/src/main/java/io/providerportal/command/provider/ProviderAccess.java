package io.providerportal.command.provider;

import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.platform.security.Actor;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may act on a provider, decided from the command-side lookup tables before any command is sent. Someone
 * with no confirmed membership learns nothing (404); a member without the role is refused (403).
 */
@Component
public class ProviderAccess {

    /** What a command about a provider's clients needs to know of the provider. */
    public record ProviderContext(UUID providerId, boolean enabled, String billingEmail) {
    }

    private final ProviderLookup lookup;

    ProviderAccess(ProviderLookup lookup) {
        this.lookup = lookup;
    }

    public void requireOperator(Actor actor) {
        if (!actor.isOperator()) {
            throw ProviderErrors.operatorRequired();
        }
    }

    /** An operator acting on an existing provider. */
    public void requireOperatorOn(Actor actor, UUID providerId) {
        requireOperator(actor);
        lookup.find(providerId).orElseThrow(ProviderErrors::notFound);
    }

    /** A confirmed Provider Admin of the provider. */
    public ProviderContext requireAdmin(Actor actor, UUID providerId) {
        ProviderLookup.ProviderRow provider = lookup.find(providerId).orElseThrow(ProviderErrors::notFound);
        ProviderUserType type = membership(actor, providerId).orElseThrow(ProviderErrors::notFound);
        if (type != ProviderUserType.PROVIDER_ADMIN) {
            throw ProviderErrors.adminRequired();
        }
        return context(provider);
    }

    /** An operator, or a confirmed Provider Admin of the provider. */
    public ProviderContext requireOperatorOrAdmin(Actor actor, UUID providerId) {
        if (actor.isOperator()) {
            return context(lookup.find(providerId).orElseThrow(ProviderErrors::notFound));
        }
        return requireAdmin(actor, providerId);
    }

    private Optional<ProviderUserType> membership(Actor actor, UUID providerId) {
        return lookup.confirmedMembership(providerId, actor.id());
    }

    private static ProviderContext context(ProviderLookup.ProviderRow row) {
        return new ProviderContext(row.providerId(), row.enabled(), row.billingEmail());
    }
}
