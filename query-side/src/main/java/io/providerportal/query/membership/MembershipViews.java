package io.providerportal.query.membership;

import java.util.UUID;

/** What the membership endpoints answer. */
final class MembershipViews {

    private MembershipViews() {
    }

    record ProviderUserView(UUID id, UUID userId, String email, String name, String type, String status) {
    }

    record MyProviderView(UUID id, String name, String type, boolean enabled, UUID providerUserId, String role,
                          String status) {
    }
}
