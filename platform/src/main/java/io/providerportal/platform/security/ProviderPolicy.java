package io.providerportal.platform.security;

import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.platform.web.ForbiddenException;
import io.providerportal.platform.web.NotFoundException;
import java.util.EnumSet;
import java.util.Set;

/**
 * The provider role matrix, in one place for both sides (PU-01..PU-10). Only confirmed members count; anyone else
 * gets the 404 of a provider that does not exist, so provider ids leak nothing across tenants.
 */
public final class ProviderPolicy {

    private static final Set<ProviderPermission> SERVICE_USER = EnumSet.of(
            ProviderPermission.VIEW_PROVIDER, ProviderPermission.LIST_CLIENTS, ProviderPermission.ADMINISTER_CLIENTS);
    private static final Set<ProviderPermission> TECHNICIAN =
            EnumSet.of(ProviderPermission.VIEW_PROVIDER, ProviderPermission.LIST_CLIENTS);
    private static final Set<ProviderPermission> PROVIDER_ADMIN =
            EnumSet.complementOf(EnumSet.of(ProviderPermission.CHANGE_STATUS));
    private static final Set<ProviderPermission> OPERATOR = EnumSet.of(
            ProviderPermission.VIEW_PROVIDER,
            ProviderPermission.LIST_CLIENTS,
            ProviderPermission.EDIT_PROFILE,
            ProviderPermission.CHANGE_STATUS);

    private ProviderPolicy() {}

    /**
     * Passes if the actor may; otherwise throws what the caller may learn: 404 to outsiders, 403 to members
     * (or to anyone, for operator-only actions, which reveal nothing about the provider).
     *
     * @param confirmedType the actor's confirmed membership in the provider, or {@code null} if none
     */
    public static void check(ProviderPermission permission, ProviderUserType confirmedType, boolean operator) {
        if (operator && OPERATOR.contains(permission)) {
            return;
        }
        if (permission == ProviderPermission.CHANGE_STATUS) {
            throw new ForbiddenException("operator-required", "Only an operator may do this.");
        }
        if (confirmedType == null) {
            throw notFound();
        }
        if (!allows(permission, confirmedType, false)) {
            throw confirmedType == ProviderUserType.TECHNICIAN
                    ? readOnly()
                    : new ForbiddenException("provider.admin-required", "Only a Provider Admin may do this.");
        }
    }

    /** Whether the actor may, without saying why not. */
    public static boolean allows(ProviderPermission permission, ProviderUserType confirmedType, boolean operator) {
        if (operator && OPERATOR.contains(permission)) {
            return true;
        }
        return confirmedType != null && granted(confirmedType).contains(permission);
    }

    private static Set<ProviderPermission> granted(ProviderUserType type) {
        return switch (type) {
            case PROVIDER_ADMIN -> PROVIDER_ADMIN;
            case SERVICE_USER -> SERVICE_USER;
            case TECHNICIAN -> TECHNICIAN;
        };
    }

    /** A technician's refusal, on the provider and in its clients alike. */
    public static ForbiddenException readOnly() {
        return new ForbiddenException("provider.read-only", "A technician changes nothing: ask a Provider Admin.");
    }

    public static NotFoundException notFound() {
        return new NotFoundException("provider.not-found", "No such provider.");
    }
}
