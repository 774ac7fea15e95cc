package io.providerportal.query.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the dashboard endpoints answer. */
final class DashboardViews {

    private DashboardViews() {}

    record ProviderView(
            UUID id,
            String name,
            String businessName,
            String type,
            String billingEmail,
            boolean enabled,
            Instant createdAt,
            int clientCount,
            List<PlanView> plans) {}

    /** The seat pool of one plan: seats bought, and seats the provider's clients on the plan hold in all. */
    record PlanView(String plan, int seatMinimum, int allocatedSeats) {}

    /**
     * {@code collections} counts live collections, {@code items} items not purged, trashed ones included; {@code key}
     * is the client's organization key wrapped with the provider key (EncString type 2).
     */
    record ClientRow(
            UUID organizationId,
            String name,
            String plan,
            int seats,
            int occupiedSeats,
            int remainingSeats,
            int confirmedUsers,
            int collections,
            int items,
            String status,
            Instant createdAt,
            String key) {}

    record ClientPage(List<ClientRow> data, String continuationToken) {}
}
