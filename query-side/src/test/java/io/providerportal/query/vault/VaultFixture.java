package io.providerportal.query.vault;

import io.providerportal.events.organization.CollectionCreated;
import io.providerportal.events.organization.CollectionGroupAccessSet;
import io.providerportal.events.organization.CollectionMemberAccessSet;
import io.providerportal.events.organization.GroupCreated;
import io.providerportal.events.organization.GroupMemberAdded;
import io.providerportal.events.organization.OrganizationCreated;
import io.providerportal.events.organization.OrganizationOwnerAdded;
import io.providerportal.events.organization.OrganizationUserAccepted;
import io.providerportal.events.organization.OrganizationUserConfirmed;
import io.providerportal.events.organization.OrganizationUserInvited;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.events.organization.PlanType;
import io.providerportal.events.vault.VaultItemCreated;
import io.providerportal.events.vault.VaultItemType;
import io.providerportal.query.support.EventAppender;
import io.providerportal.query.support.TestTokens;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Appends an organization's history as the command side would: members, groups, collections, access and items.
 * Remembers the position of the last event, for reads that must see it.
 */
class VaultFixture {

    static final String ENC =
            "2.AAAAAAAAAAAAAAAAAAAAAA==|AAAAAAAAAAAAAAAAAAAAAA==|" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    static final String WRAPPED_KEY = "4.AAAAAAAAAAAAAAAAAAAAAA==";

    /** A login with every secret a user who may not view passwords must not receive, and some they may. */
    static final String LOGIN = """
            {"name":"%1$s","notes":"%1$s","login":{"username":"%1$s","password":"%1$s","totp":"%1$s",
             "uris":[{"uri":"%1$s","match":null}]},"fields":[{"name":"%1$s","value":"%1$s","type":1}],
             "passwordHistory":[{"password":"%1$s","lastUsedDate":"2026-01-01T00:00:00Z"}]}""".formatted(ENC);

    /** A member with the user behind them and that user's access token. */
    record Member(UUID id, UUID userId, String token) {}

    private final EventAppender events;
    final UUID organizationId = UUID.randomUUID();
    long position;

    VaultFixture(EventAppender events) {
        this.events = events;
    }

    /** Creates the organization with a confirmed Owner. */
    Member create() {
        Member owner = member();
        organization(
                new OrganizationCreated(organizationId, "Contoso", "billing@contoso.test", PlanType.TEAMS, 20),
                new OrganizationOwnerAdded(
                        organizationId, owner.id(), owner.userId(), "owner@contoso.test", WRAPPED_KEY));
        return owner;
    }

    Member confirmed(OrganizationUserType type) {
        Member member = accepted(type);
        organization(new OrganizationUserConfirmed(organizationId, member.id(), member.userId(), WRAPPED_KEY));
        return member;
    }

    Member accepted(OrganizationUserType type) {
        Member member = invited(type);
        organization(new OrganizationUserAccepted(organizationId, member.id(), member.userId()));
        return member;
    }

    Member invited(OrganizationUserType type) {
        Member member = member();
        organization(new OrganizationUserInvited(organizationId, member.id(), member.userId() + "@contoso.test", type));
        return member;
    }

    UUID collection() {
        UUID collectionId = UUID.randomUUID();
        organization(new CollectionCreated(organizationId, collectionId, ENC));
        return collectionId;
    }

    UUID group(Member... members) {
        UUID groupId = UUID.randomUUID();
        organization(new GroupCreated(organizationId, groupId, "Group " + groupId));
        for (Member member : members) {
            organization(new GroupMemberAdded(organizationId, groupId, member.id()));
        }
        return groupId;
    }

    void access(Member member, UUID collectionId, boolean readOnly, boolean hidePasswords, boolean manage) {
        organization(new CollectionMemberAccessSet(
                organizationId, collectionId, member.id(), readOnly, hidePasswords, manage));
    }

    void groupAccess(UUID groupId, UUID collectionId, boolean readOnly, boolean hidePasswords, boolean manage) {
        organization(
                new CollectionGroupAccessSet(organizationId, collectionId, groupId, readOnly, hidePasswords, manage));
    }

    UUID item(UUID... collectionIds) {
        return item(VaultItemType.LOGIN, collectionIds);
    }

    UUID item(VaultItemType type, UUID... collectionIds) {
        UUID itemId = UUID.randomUUID();
        append(
                itemId,
                new VaultItemCreated(
                        itemId, organizationId, null, type, LOGIN, ENC, false, List.of(collectionIds), now()));
        return itemId;
    }

    UUID personalItem(UUID userId) {
        UUID itemId = UUID.randomUUID();
        append(
                itemId,
                new VaultItemCreated(itemId, null, userId, VaultItemType.LOGIN, LOGIN, null, false, List.of(), now()));
        return itemId;
    }

    void organization(Object... events) {
        append(organizationId, events);
    }

    void append(UUID aggregateId, Object... events) {
        position = this.events.append(aggregateId, events);
    }

    /** Microseconds, as PostgreSQL keeps them. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static Member member() {
        UUID userId = UUID.randomUUID();
        return new Member(UUID.randomUUID(), userId, TestTokens.user(userId, userId + "@contoso.test"));
    }
}
