package io.providerportal.query.membership;

import java.util.List;
import java.util.UUID;

/** What the membership endpoints answer. */
public final class MembershipViews {

    private MembershipViews() {}

    record ProviderUserView(UUID id, UUID userId, String email, String name, String type, String status) {}

    record ClientGroupView(UUID id, String name, List<UUID> organizationIds) {}

    /**
     * {@code setUp} tells whether the owner has set up the provider key yet; {@code key} is the caller's copy of it
     * (EncString type 4), once they are confirmed.
     */
    public record MyProviderView(
            UUID id,
            String name,
            String type,
            boolean enabled,
            boolean setUp,
            UUID providerUserId,
            String role,
            String status,
            String key) {}
}
