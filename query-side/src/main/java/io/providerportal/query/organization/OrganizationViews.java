package io.providerportal.query.organization;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the organization endpoints answer. */
final class OrganizationViews {

    private OrganizationViews() {
    }

    record OrganizationView(UUID id, String name, UUID providerId, String plan, int seats, int occupiedSeats,
                            String billingEmail, boolean enabled, Instant createdAt) {
    }

    record CollectionAccessView(UUID id, boolean readOnly, boolean hidePasswords, boolean manage) {
    }

    record MemberView(UUID id, UUID userId, String email, String name, String type, String status,
                      Set<String> permissions, List<CollectionAccessView> collections) {
    }
}
