package io.providerportal.platform.events;

import io.providerportal.events.identity.AuditorRoleGranted;
import io.providerportal.events.identity.AuditorRoleRevoked;
import io.providerportal.events.identity.KdfType;
import io.providerportal.events.identity.UserRegistered;
import io.providerportal.events.organization.ClientOrganizationAdded;
import io.providerportal.events.organization.ClientOrganizationCreated;
import io.providerportal.events.organization.ClientOrganizationUnlinked;
import io.providerportal.events.organization.ClientOrganizationUpdated;
import io.providerportal.events.organization.ClientVaultAccessed;
import io.providerportal.events.organization.CollectionCreated;
import io.providerportal.events.organization.CollectionDeleted;
import io.providerportal.events.organization.CollectionGroupAccessRemoved;
import io.providerportal.events.organization.CollectionGroupAccessSet;
import io.providerportal.events.organization.CollectionManagementUpdated;
import io.providerportal.events.organization.CollectionMemberAccessRemoved;
import io.providerportal.events.organization.CollectionMemberAccessSet;
import io.providerportal.events.organization.CollectionRenamed;
import io.providerportal.events.organization.CustomPermission;
import io.providerportal.events.organization.GroupCreated;
import io.providerportal.events.organization.GroupDeleted;
import io.providerportal.events.organization.GroupMemberAdded;
import io.providerportal.events.organization.GroupMemberRemoved;
import io.providerportal.events.organization.GroupRenamed;
import io.providerportal.events.organization.OrganizationCreated;
import io.providerportal.events.organization.OrganizationDeleted;
import io.providerportal.events.organization.OrganizationDisabled;
import io.providerportal.events.organization.OrganizationEnabled;
import io.providerportal.events.organization.OrganizationOwnerAdded;
import io.providerportal.events.organization.OrganizationUserAccepted;
import io.providerportal.events.organization.OrganizationUserConfirmed;
import io.providerportal.events.organization.OrganizationUserInvited;
import io.providerportal.events.organization.OrganizationUserPermissionsSet;
import io.providerportal.events.organization.OrganizationUserReinvited;
import io.providerportal.events.organization.OrganizationUserRemoved;
import io.providerportal.events.organization.OrganizationUserRestored;
import io.providerportal.events.organization.OrganizationUserRevoked;
import io.providerportal.events.organization.OrganizationUserStatus;
import io.providerportal.events.organization.OrganizationUserType;
import io.providerportal.events.organization.OrganizationUserTypeChanged;
import io.providerportal.events.organization.PlanType;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.events.organization.PolicyUpdated;
import io.providerportal.events.organization.ProviderPolicyApplied;
import io.providerportal.events.provider.ProviderClientGroupCreated;
import io.providerportal.events.provider.ProviderClientGroupDeleted;
import io.providerportal.events.provider.ProviderClientGroupUpdated;
import io.providerportal.events.provider.ProviderCreated;
import io.providerportal.events.provider.ProviderDeleted;
import io.providerportal.events.provider.ProviderDisabled;
import io.providerportal.events.provider.ProviderEnabled;
import io.providerportal.events.provider.ProviderOwnerAssigned;
import io.providerportal.events.provider.ProviderOwnerInvited;
import io.providerportal.events.provider.ProviderPolicyUpdated;
import io.providerportal.events.provider.ProviderProfileUpdated;
import io.providerportal.events.provider.ProviderSeatMinimumSet;
import io.providerportal.events.provider.ProviderSetUp;
import io.providerportal.events.provider.ProviderType;
import io.providerportal.events.provider.ProviderUserAccepted;
import io.providerportal.events.provider.ProviderUserAdded;
import io.providerportal.events.provider.ProviderUserConfirmed;
import io.providerportal.events.provider.ProviderUserInvited;
import io.providerportal.events.provider.ProviderUserReinvited;
import io.providerportal.events.provider.ProviderUserRemoved;
import io.providerportal.events.provider.ProviderUserScopeSet;
import io.providerportal.events.provider.ProviderUserType;
import io.providerportal.events.provider.ProviderUserTypeChanged;
import io.providerportal.events.vault.FolderCreated;
import io.providerportal.events.vault.FolderDeleted;
import io.providerportal.events.vault.FolderRenamed;
import io.providerportal.events.vault.VaultItemCollectionsChanged;
import io.providerportal.events.vault.VaultItemCreated;
import io.providerportal.events.vault.VaultItemFavoriteSet;
import io.providerportal.events.vault.VaultItemFolderSet;
import io.providerportal.events.vault.VaultItemPurged;
import io.providerportal.events.vault.VaultItemRestored;
import io.providerportal.events.vault.VaultItemShared;
import io.providerportal.events.vault.VaultItemTrashed;
import io.providerportal.events.vault.VaultItemType;
import io.providerportal.events.vault.VaultItemUpdated;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One fixed sample of every event, as its golden JSON pins it; other modules use them to cover every event. */
public final class EventSamples {

    static final UUID PROVIDER = UUID.fromString("01900000-0000-7000-8000-000000000001");
    static final UUID ORGANIZATION = UUID.fromString("01900000-0000-7000-8000-000000000002");
    static final UUID USER = UUID.fromString("01900000-0000-7000-8000-000000000003");
    static final UUID MEMBER = UUID.fromString("01900000-0000-7000-8000-000000000004");
    static final UUID COLLECTION = UUID.fromString("01900000-0000-7000-8000-000000000005");
    static final UUID GROUP = UUID.fromString("01900000-0000-7000-8000-000000000006");
    static final UUID ITEM = UUID.fromString("01900000-0000-7000-8000-000000000007");
    static final UUID FOLDER = UUID.fromString("01900000-0000-7000-8000-000000000008");
    static final Instant REVISION = Instant.parse("2026-11-25T10:15:30.123Z");
    static final String WRAPPED = "4.AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7"
            + "PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn8=";
    static final String ENC =
            "2.AAECAwQFBgcICQoLDA0ODw==|ICEiIyQlJicoKSorLC0uLw==|" + "MDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk8=";

    private EventSamples() {}

    public static List<Object> all() {
        return List.of(
                new UserRegistered(
                        USER,
                        "alice@example.com",
                        "Alice",
                        KdfType.PBKDF2_SHA256,
                        600000,
                        ENC,
                        "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA",
                        ENC),
                new AuditorRoleGranted(USER),
                new AuditorRoleRevoked(USER),
                new ProviderCreated(PROVIDER, "Acme IT", "Acme IT Ltd", ProviderType.MSP, "billing@acme.test"),
                new ProviderUserAdded(PROVIDER, MEMBER, USER, "alice@example.com", ProviderUserType.PROVIDER_ADMIN),
                new ProviderOwnerAssigned(PROVIDER, MEMBER, USER, "alice@example.com"),
                new ProviderOwnerInvited(PROVIDER, MEMBER, "alice@example.com"),
                new ProviderSetUp(PROVIDER, MEMBER, USER, WRAPPED),
                new ProviderProfileUpdated(PROVIDER, "Acme", null, "accounts@acme.test"),
                new ProviderUserInvited(PROVIDER, MEMBER, "bob@acme.test", ProviderUserType.SERVICE_USER),
                new ProviderUserReinvited(PROVIDER, MEMBER, "bob@acme.test"),
                new ProviderUserAccepted(PROVIDER, MEMBER, USER),
                new ProviderUserConfirmed(PROVIDER, MEMBER, USER, WRAPPED),
                new ProviderUserTypeChanged(PROVIDER, MEMBER, ProviderUserType.PROVIDER_ADMIN),
                new ProviderUserRemoved(PROVIDER, MEMBER),
                new ProviderDisabled(PROVIDER),
                new ProviderEnabled(PROVIDER),
                new ProviderPolicyUpdated(PROVIDER, PolicyType.SINGLE_ORG, true, null),
                new ProviderClientGroupCreated(PROVIDER, GROUP, "Retail clients", List.of(ORGANIZATION)),
                new ProviderClientGroupUpdated(PROVIDER, GROUP, "Retail clients", List.of(ORGANIZATION)),
                new ProviderUserScopeSet(PROVIDER, MEMBER, false, List.of(ORGANIZATION), List.of(GROUP)),
                new ProviderClientGroupDeleted(PROVIDER, GROUP),
                new ProviderDeleted(PROVIDER),
                new ClientOrganizationCreated(
                        ORGANIZATION, PROVIDER, "Contoso", PlanType.TEAMS, 10, "billing@acme.test", ENC),
                new CollectionCreated(ORGANIZATION, COLLECTION, ENC, "sales-eu"),
                new OrganizationUserInvited(ORGANIZATION, MEMBER, "owner@contoso.test", OrganizationUserType.OWNER),
                new CollectionMemberAccessSet(ORGANIZATION, COLLECTION, MEMBER, false, false, true),
                new OrganizationCreated(ORGANIZATION, "Contoso", "billing@contoso.test", PlanType.ENTERPRISE, 25),
                new OrganizationOwnerAdded(ORGANIZATION, MEMBER, USER, "alice@example.com", WRAPPED),
                new OrganizationUserPermissionsSet(
                        ORGANIZATION, MEMBER, List.of(CustomPermission.MANAGE_GROUPS, CustomPermission.MANAGE_USERS)),
                new OrganizationUserReinvited(ORGANIZATION, MEMBER, "owner@contoso.test"),
                new OrganizationUserAccepted(ORGANIZATION, MEMBER, USER),
                new OrganizationUserConfirmed(ORGANIZATION, MEMBER, USER, WRAPPED),
                new OrganizationUserTypeChanged(ORGANIZATION, MEMBER, OrganizationUserType.CUSTOM),
                new OrganizationUserRevoked(ORGANIZATION, MEMBER),
                new OrganizationUserRestored(ORGANIZATION, MEMBER, OrganizationUserStatus.CONFIRMED),
                new OrganizationUserRemoved(ORGANIZATION, MEMBER),
                new CollectionMemberAccessRemoved(ORGANIZATION, COLLECTION, MEMBER),
                new GroupCreated(ORGANIZATION, GROUP, "Sales"),
                new GroupRenamed(ORGANIZATION, GROUP, "Marketing"),
                new GroupMemberAdded(ORGANIZATION, GROUP, MEMBER),
                new GroupMemberRemoved(ORGANIZATION, GROUP, MEMBER),
                new CollectionGroupAccessSet(ORGANIZATION, COLLECTION, GROUP, true, true, false),
                new CollectionGroupAccessRemoved(ORGANIZATION, COLLECTION, GROUP),
                new GroupDeleted(ORGANIZATION, GROUP),
                new PolicyUpdated(ORGANIZATION, PolicyType.MASTER_PASSWORD, true, "{\"minLength\":14}"),
                new ProviderPolicyApplied(
                        ORGANIZATION, PROVIDER, PolicyType.MASTER_PASSWORD, true, "{\"minLength\":14}"),
                new ClientOrganizationAdded(ORGANIZATION, PROVIDER, "billing@acme.test", ENC),
                new ClientOrganizationUpdated(ORGANIZATION, PROVIDER, "Contoso Ltd", 20),
                new ClientOrganizationUnlinked(ORGANIZATION, PROVIDER, "owner@contoso.test"),
                new ProviderSeatMinimumSet(PROVIDER, PlanType.TEAMS, 50),
                new OrganizationDisabled(ORGANIZATION),
                new OrganizationDeleted(ORGANIZATION, PROVIDER),
                new OrganizationEnabled(ORGANIZATION),
                new CollectionRenamed(ORGANIZATION, COLLECTION, ENC),
                new CollectionDeleted(ORGANIZATION, COLLECTION),
                new CollectionManagementUpdated(ORGANIZATION, true, false, true),
                new ClientVaultAccessed(ORGANIZATION, PROVIDER),
                new VaultItemCreated(
                        ITEM, null, USER, VaultItemType.LOGIN, itemData(), null, false, List.of(), REVISION),
                new VaultItemUpdated(ITEM, null, USER, itemData(), null, true, REVISION),
                new VaultItemShared(ITEM, ORGANIZATION, USER, itemData(), ENC, List.of(COLLECTION), REVISION),
                new VaultItemCollectionsChanged(ITEM, ORGANIZATION, List.of(COLLECTION), REVISION),
                new VaultItemTrashed(ITEM, ORGANIZATION, null, REVISION),
                new VaultItemRestored(ITEM, ORGANIZATION, null, REVISION),
                new VaultItemPurged(ITEM, ORGANIZATION, null),
                new VaultItemFolderSet(ITEM, USER, FOLDER),
                new VaultItemFavoriteSet(ITEM, USER, true),
                new FolderCreated(FOLDER, USER, ENC),
                new FolderRenamed(FOLDER, USER, ENC),
                new FolderDeleted(FOLDER, USER));
    }

    private static String itemData() {
        return "{\"name\":\"" + ENC + "\",\"login\":{\"username\":\"" + ENC + "\",\"password\":\"" + ENC + "\"}}";
    }
}
