package io.providerportal.command.organization;

import io.providerportal.command.organization.OrganizationCommands.Membership;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What the single-organization policy weighs of other organizations, read for the command that needs it. */
@Component
public class OtherMemberships {

    private final OrganizationLookup lookup;

    OtherMemberships(OrganizationLookup lookup) {
        this.lookup = lookup;
    }

    /** The other organizations of the user a member of this organization stands for (none before they accept). */
    public List<Membership> ofMember(UUID organizationId, UUID organizationUserId) {
        return lookup.userOf(organizationUserId)
                .map(user -> lookup.memberships(user, organizationId))
                .orElse(List.of());
    }

    List<Membership> ofUser(UUID userId, UUID organizationId) {
        return lookup.memberships(userId, organizationId);
    }
}
