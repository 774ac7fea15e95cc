package io.providerportal.query.audit;

import io.providerportal.events.identity.AuditorRoleGranted;
import io.providerportal.events.identity.AuditorRoleRevoked;
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
import io.providerportal.events.organization.OrganizationUserTypeChanged;
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
import io.providerportal.events.provider.ProviderUserAccepted;
import io.providerportal.events.provider.ProviderUserAdded;
import io.providerportal.events.provider.ProviderUserConfirmed;
import io.providerportal.events.provider.ProviderUserInvited;
import io.providerportal.events.provider.ProviderUserReinvited;
import io.providerportal.events.provider.ProviderUserRemoved;
import io.providerportal.events.provider.ProviderUserScopeSet;
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
import io.providerportal.events.vault.VaultItemUpdated;
import java.util.Map;
import java.util.Optional;

/**
 * The event-log type of every event: Bitwarden's numeric code and name where Bitwarden logs the same fact
 * (inventory (b)), else a portal code from 9000 up for facts Bitwarden does not log.
 */
final class AuditCodes {

    record Code(int code, String name) {}

    private static final Map<Class<?>, Code> CODES = Map.ofEntries(
            entry(UserRegistered.class, 9100, "User_Registered"),
            entry(AuditorRoleGranted.class, 9101, "User_AuditorRoleGranted"),
            entry(AuditorRoleRevoked.class, 9102, "User_AuditorRoleRevoked"),
            entry(ProviderCreated.class, 9000, "Provider_Created"),
            entry(ProviderProfileUpdated.class, 9001, "Provider_Updated"),
            entry(ProviderDisabled.class, 9002, "Provider_Disabled"),
            entry(ProviderEnabled.class, 9003, "Provider_Enabled"),
            entry(ProviderSeatMinimumSet.class, 9004, "Provider_SeatMinimumSet"),
            entry(ProviderUserAdded.class, 1801, "ProviderUser_Confirmed"),
            entry(ProviderUserInvited.class, 1800, "ProviderUser_Invited"),
            entry(ProviderOwnerAssigned.class, 9005, "Provider_OwnerAssigned"),
            entry(ProviderOwnerInvited.class, 9006, "Provider_OwnerInvited"),
            entry(ProviderSetUp.class, 9007, "Provider_SetUp"),
            entry(ProviderPolicyUpdated.class, 9008, "Provider_PolicyUpdated"),
            entry(ProviderUserReinvited.class, 9010, "ProviderUser_Reinvited"),
            entry(ProviderUserAccepted.class, 9011, "ProviderUser_Accepted"),
            entry(ProviderUserScopeSet.class, 9012, "ProviderUser_ScopeSet"),
            entry(ProviderClientGroupCreated.class, 9013, "ProviderClientGroup_Created"),
            entry(ProviderClientGroupUpdated.class, 9014, "ProviderClientGroup_Updated"),
            entry(ProviderClientGroupDeleted.class, 9015, "ProviderClientGroup_Deleted"),
            entry(ProviderDeleted.class, 9009, "Provider_Deleted"),
            entry(ProviderUserConfirmed.class, 1801, "ProviderUser_Confirmed"),
            entry(ProviderUserTypeChanged.class, 1802, "ProviderUser_Updated"),
            entry(ProviderUserRemoved.class, 1803, "ProviderUser_Removed"),
            entry(ClientOrganizationCreated.class, 1900, "ProviderOrganization_Created"),
            entry(ClientOrganizationAdded.class, 1901, "ProviderOrganization_Added"),
            entry(ClientOrganizationUnlinked.class, 1902, "ProviderOrganization_Removed"),
            entry(ClientOrganizationUpdated.class, 1600, "Organization_Updated"),
            entry(ClientVaultAccessed.class, 1903, "ProviderOrganization_VaultAccessed"),
            entry(OrganizationCreated.class, 9200, "Organization_Created"),
            entry(OrganizationDisabled.class, 9201, "Organization_Disabled"),
            entry(OrganizationEnabled.class, 9202, "Organization_Enabled"),
            entry(OrganizationDeleted.class, 9203, "Organization_Deleted"),
            entry(OrganizationOwnerAdded.class, 1501, "OrganizationUser_Confirmed"),
            entry(OrganizationUserInvited.class, 1500, "OrganizationUser_Invited"),
            entry(OrganizationUserReinvited.class, 9210, "OrganizationUser_Reinvited"),
            entry(OrganizationUserAccepted.class, 9211, "OrganizationUser_Accepted"),
            entry(OrganizationUserConfirmed.class, 1501, "OrganizationUser_Confirmed"),
            entry(OrganizationUserTypeChanged.class, 1502, "OrganizationUser_Updated"),
            entry(OrganizationUserPermissionsSet.class, 1502, "OrganizationUser_Updated"),
            entry(OrganizationUserRemoved.class, 1503, "OrganizationUser_Removed"),
            entry(GroupMemberAdded.class, 1504, "OrganizationUser_UpdatedGroups"),
            entry(GroupMemberRemoved.class, 1504, "OrganizationUser_UpdatedGroups"),
            entry(OrganizationUserRevoked.class, 1511, "OrganizationUser_Revoked"),
            entry(OrganizationUserRestored.class, 1512, "OrganizationUser_Restored"),
            entry(CollectionCreated.class, 1300, "Collection_Created"),
            entry(CollectionMemberAccessSet.class, 1301, "Collection_Updated"),
            entry(CollectionMemberAccessRemoved.class, 1301, "Collection_Updated"),
            entry(CollectionGroupAccessSet.class, 1301, "Collection_Updated"),
            entry(CollectionGroupAccessRemoved.class, 1301, "Collection_Updated"),
            entry(GroupCreated.class, 1400, "Group_Created"),
            entry(GroupRenamed.class, 1401, "Group_Updated"),
            entry(GroupDeleted.class, 1402, "Group_Deleted"),
            entry(CollectionRenamed.class, 1301, "Collection_Updated"),
            entry(CollectionDeleted.class, 1302, "Collection_Deleted"),
            entry(CollectionManagementUpdated.class, 1609, "Organization_CollectionManagement_Updated"),
            entry(PolicyUpdated.class, 1700, "Policy_Updated"),
            entry(ProviderPolicyApplied.class, 1700, "Policy_Updated"),
            entry(VaultItemCreated.class, 1100, "Cipher_Created"),
            entry(VaultItemUpdated.class, 1101, "Cipher_Updated"),
            entry(VaultItemPurged.class, 1102, "Cipher_Deleted"),
            entry(VaultItemShared.class, 1105, "Cipher_Shared"),
            entry(VaultItemCollectionsChanged.class, 1106, "Cipher_UpdatedCollections"),
            entry(VaultItemTrashed.class, 1115, "Cipher_SoftDeleted"),
            entry(VaultItemRestored.class, 1116, "Cipher_Restored"),
            entry(VaultItemFolderSet.class, 9300, "Cipher_FolderSet"),
            entry(VaultItemFavoriteSet.class, 9301, "Cipher_FavoriteSet"),
            entry(FolderCreated.class, 9310, "Folder_Created"),
            entry(FolderRenamed.class, 9311, "Folder_Updated"),
            entry(FolderDeleted.class, 9312, "Folder_Deleted"));

    private AuditCodes() {}

    static Optional<Code> of(Class<?> eventType) {
        return Optional.ofNullable(CODES.get(eventType));
    }

    private static Map.Entry<Class<?>, Code> entry(Class<?> type, int code, String name) {
        return Map.entry(type, new Code(code, name));
    }
}
