package io.providerportal.query.organization;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the organization endpoints answer. */
final class OrganizationViews {

    private OrganizationViews() {}

    /**
     * {@code key} is the caller's copy of the organization key: their own (EncString type 4) for a member, the one
     * wrapped with the provider key (type 2) for a member of the managing provider.
     */
    record OrganizationView(
            UUID id,
            String name,
            UUID providerId,
            String plan,
            int seats,
            int occupiedSeats,
            String billingEmail,
            boolean enabled,
            Instant createdAt,
            String key) {}

    record CollectionAccessView(UUID id, boolean readOnly, boolean hidePasswords, boolean manage) {}

    record MemberView(
            UUID id,
            UUID userId,
            String email,
            String name,
            String type,
            String status,
            Set<String> permissions,
            List<CollectionAccessView> collections,
            List<UUID> groups) {}

    record GroupView(UUID id, String name, List<UUID> members, List<CollectionAccessView> collections) {}
}
