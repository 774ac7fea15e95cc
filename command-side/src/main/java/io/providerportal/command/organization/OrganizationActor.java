package io.providerportal.command.organization;

import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.platform.security.OrganizationRole;
import java.util.UUID;

/**
 * Who issues a member command, as the aggregate needs to know it: the user, and their type if they act as a
 * confirmed member of the organization's provider (who count as Owners, C-07; null otherwise). Both come from the
 * access token and the command-side lookups, never from the request body.
 */
public record OrganizationActor(UUID userId, ProviderUserType providerType) {

    public boolean providerMember() {
        return providerType != null;
    }

    /** Their standing as the platform's role rules read it: the provider's, or that of their membership here. */
    OrganizationRole role(OrganizationMember member) {
        return providerMember()
                ? OrganizationRole.ofProviderMember(providerType)
                : OrganizationRole.member(member.type(), member.permissions());
    }
}
