package io.providerportal.query.bitwarden;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.platform.bitwarden.Cipher;
import io.providerportal.query.dashboard.ProviderClientKeys.ClientKey;
import io.providerportal.query.membership.MembershipViews.MyProviderView;
import io.providerportal.query.organization.MemberPolicies.MemberPolicy;
import io.providerportal.query.vault.VaultViews.CollectionView;
import io.providerportal.query.vault.VaultViews.FolderView;
import io.providerportal.query.vault.VaultViews.ItemView;
import io.providerportal.query.vault.VaultViews.MembershipView;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The read models in Bitwarden's shapes; a cipher as {@link Cipher} shapes it.
 */
@Component
class CipherShapes {

    private static final Map<String, Integer> MEMBER_TYPES = Map.of("OWNER", 0, "ADMIN", 1, "USER", 2, "CUSTOM", 4);
    /** Bitwarden's status of a confirmed member: the only ones that reach an organization's vault. */
    private static final int CONFIRMED = 2;

    private final ObjectMapper json;

    CipherShapes(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode cipher(ItemView item) {
        return new Cipher(
                        item.id(),
                        item.organizationId(),
                        item.folderId(),
                        item.type(),
                        item.favorite(),
                        item.reprompt(),
                        item.key(),
                        item.edit(),
                        item.viewPassword(),
                        item.manage(),
                        item.collectionIds(),
                        item.creationDate(),
                        item.revisionDate(),
                        item.deletedDate(),
                        item.data())
                .toJson(json, "cipherDetails");
    }

    /** A policy has no id of its own here (one per type and organization), so its id is derived from both. */
    ObjectNode policy(MemberPolicy policy) {
        ObjectNode shaped = json.createObjectNode();
        shaped.put(
                "id",
                UUID.nameUUIDFromBytes((policy.organizationId() + "/" + policy.type()).getBytes(StandardCharsets.UTF_8))
                        .toString());
        shaped.put("organizationId", policy.organizationId().toString());
        shaped.put("type", PolicyType.valueOf(policy.type()).bitwardenType());
        try {
            shaped.set("data", policy.data() == null ? null : json.readTree(policy.data()));
        } catch (Exception e) {
            throw new IllegalStateException("Stored policy settings are not JSON", e);
        }
        shaped.put("enabled", policy.enabled());
        shaped.put("object", "policy");
        return shaped;
    }

    /** {@code key} is the provider key wrapped for the user (type 4); {@code type} 0 is a Provider Admin. */
    Map<String, Object> provider(MyProviderView provider, UUID userId) {
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("id", provider.id());
        shaped.put("name", provider.name());
        shaped.put("key", provider.key());
        shaped.put("status", CONFIRMED);
        shaped.put("type", "PROVIDER_ADMIN".equals(provider.role()) ? 0 : 1);
        shaped.put("enabled", provider.enabled());
        shaped.put("permissions", Map.of());
        shaped.put("userId", userId);
        shaped.put("useEvents", true);
        shaped.put("providerStatus", 1);
        shaped.put("object", "profileProvider");
        return shaped;
    }

    /**
     * A client organization a provider member administers without being its member; {@code key} is the
     * organization key under the provider key (type 2), which the clients open with the provider's.
     */
    Map<String, Object> providerOrganization(ClientKey client, UUID userId) {
        return organization(
                client.organizationId(),
                client.name(),
                client.key(),
                MEMBER_TYPES.get("OWNER"),
                "ACTIVE".equals(client.status()),
                userId,
                client.providerId(),
                "profileProviderOrganization");
    }

    Map<String, Object> organization(MembershipView membership, UUID userId) {
        return organization(
                membership.id(),
                membership.name(),
                membership.key(),
                MEMBER_TYPES.getOrDefault(membership.type(), 2),
                membership.enabled(),
                userId,
                membership.providerId(),
                "profileOrganization");
    }

    private static Map<String, Object> organization(
            UUID id, String name, String key, int type, boolean enabled, UUID userId, UUID providerId, String object) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("id", id);
        organization.put("name", name);
        organization.put("key", key);
        organization.put("status", CONFIRMED);
        organization.put("type", type);
        organization.put("enabled", enabled);
        organization.put("userId", userId);
        organization.put("providerId", providerId);
        organization.put("usePolicies", true);
        organization.put("useGroups", true);
        organization.put("useEvents", true);
        organization.put("usersGetPremium", false);
        organization.put("permissions", Map.of());
        organization.put("object", object);
        return organization;
    }

    Map<String, Object> collection(CollectionView collection) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("id", collection.id());
        details.put("organizationId", collection.organizationId());
        details.put("name", collection.name());
        details.put("externalId", null);
        details.put("readOnly", collection.readOnly());
        details.put("hidePasswords", collection.hidePasswords());
        details.put("manage", collection.manage());
        details.put("object", "collectionDetails");
        return details;
    }

    Map<String, Object> folder(FolderView folder) {
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("id", folder.id());
        shaped.put("name", folder.name());
        shaped.put("revisionDate", null);
        shaped.put("object", "folder");
        return shaped;
    }
}
