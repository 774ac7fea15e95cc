package io.providerportal.command.provider;

import io.providerportal.events.organization.PlanType;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.events.provider.ProviderType;
import io.providerportal.events.provider.ProviderUserType;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands of the {@link Provider} aggregate. */
final class ProviderCommands {

    private ProviderCommands() {}

    /** The owner, if any, is an already registered user who becomes a confirmed Provider Admin. */
    record CreateProvider(
            @TargetAggregateIdentifier UUID providerId,
            String name,
            String businessName,
            ProviderType type,
            String billingEmail,
            Owner owner) {}

    record Owner(UUID providerUserId, UUID userId, String email) {}

    /** Invites an email to own a provider created without an owner. */
    record InviteProviderOwner(@TargetAggregateIdentifier UUID providerId, UUID providerUserId, String email) {}

    /** {@code userId} is who asks, from their access token; {@code key} the new provider key wrapped for them. */
    record SetUpProvider(@TargetAggregateIdentifier UUID providerId, UUID userId, String key) {}

    record UpdateProviderProfile(
            @TargetAggregateIdentifier UUID providerId, String name, String businessName, String billingEmail) {}

    record DisableProvider(@TargetAggregateIdentifier UUID providerId) {}

    /** {@code clients} is how many client organizations the provider has now, from the lookup. */
    record DeleteProvider(@TargetAggregateIdentifier UUID providerId, int clients) {}

    record EnableProvider(@TargetAggregateIdentifier UUID providerId) {}

    /** Invites each email not yet a member; the ids are chosen by the caller, one per email, in order. */
    record InviteProviderUsers(
            @TargetAggregateIdentifier UUID providerId, List<Invitee> invitees, ProviderUserType type) {}

    record Invitee(UUID providerUserId, String email) {}

    /** What an invitation did: who was invited, and which emails were skipped because they are already there. */
    record InvitationResult(List<Invitee> invited, List<String> skipped) {}

    record ReinviteProviderUser(@TargetAggregateIdentifier UUID providerId, UUID providerUserId) {}

    /** {@code email} is the accepting user's own, from their access token. */
    record AcceptProviderUser(
            @TargetAggregateIdentifier UUID providerId, UUID providerUserId, UUID userId, String email) {}

    record ConfirmProviderUser(@TargetAggregateIdentifier UUID providerId, UUID providerUserId, String key) {}

    record ChangeProviderUserType(
            @TargetAggregateIdentifier UUID providerId, UUID providerUserId, ProviderUserType type) {}

    /** {@code actorUserId} is who asks, from their access token: nobody removes themselves. */
    record RemoveProviderUser(@TargetAggregateIdentifier UUID providerId, UUID providerUserId, UUID actorUserId) {}

    record SetSeatMinimum(@TargetAggregateIdentifier UUID providerId, PlanType plan, int seatMinimum) {}

    /** {@code data} is the policy's settings already checked and in canonical JSON, or null. */
    record SetProviderPolicy(
            @TargetAggregateIdentifier UUID providerId, PolicyType type, boolean enabled, String data) {}

    /**
     * All clients, or only {@code organizationIds} (clients of the provider, checked by the caller) and the clients
     * of {@code clientGroupIds}.
     */
    record SetProviderUserScope(
            @TargetAggregateIdentifier UUID providerId,
            UUID providerUserId,
            boolean allClients,
            List<UUID> organizationIds,
            List<UUID> clientGroupIds) {}

    /** {@code organizationIds} are clients of the provider, checked by the caller. */
    record CreateClientGroup(
            @TargetAggregateIdentifier UUID providerId, UUID clientGroupId, String name, List<UUID> organizationIds) {}

    /** The group's whole state; {@code organizationIds} as for {@link CreateClientGroup}. */
    record UpdateClientGroup(
            @TargetAggregateIdentifier UUID providerId, UUID clientGroupId, String name, List<UUID> organizationIds) {}

    record DeleteClientGroup(@TargetAggregateIdentifier UUID providerId, UUID clientGroupId) {}
}
