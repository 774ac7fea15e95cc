package io.providerportal.query.bitwarden;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.providerportal.query.vault.VaultViews.CollectionView;
import io.providerportal.query.vault.VaultViews.FolderView;
import io.providerportal.query.vault.VaultViews.ItemView;
import io.providerportal.query.vault.VaultViews.MembershipView;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The read models in Bitwarden's shapes. An item's stored contents already use Bitwarden's field names (they are
 * what the client sent), so a cipher is those fields with the caller's rights, folder and favourite around them.
 */
@Component
class CipherShapes {

    private static final Map<String, Integer> ITEM_TYPES = Map.of("LOGIN", 1, "SECURE_NOTE", 2, "CARD", 3,
            "IDENTITY", 4);
    private static final Map<String, Integer> MEMBER_TYPES = Map.of("OWNER", 0, "ADMIN", 1, "USER", 2, "CUSTOM", 4);
    /** Bitwarden's status of a confirmed member: the only ones that reach an organization's vault. */
    private static final int CONFIRMED = 2;

    private final ObjectMapper json;

    CipherShapes(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode cipher(ItemView item) {
        ObjectNode cipher = json.createObjectNode();
        cipher.put("id", item.id().toString());
        cipher.put("organizationId", text(item.organizationId()));
        cipher.put("folderId", text(item.folderId()));
        cipher.put("type", ITEM_TYPES.getOrDefault(item.type(), 1));
        cipher.put("favorite", item.favorite());
        cipher.put("reprompt", item.reprompt() ? 1 : 0);
        cipher.put("edit", item.edit());
        cipher.put("viewPassword", item.viewPassword());
        cipher.set("permissions", json.valueToTree(Map.of("delete", item.manage() || item.edit(),
                "restore", item.manage() || item.edit())));
        cipher.put("key", item.key());
        cipher.putNull("attachments");
        cipher.set("collectionIds", json.valueToTree(item.collectionIds()));
        cipher.put("creationDate", text(item.creationDate()));
        cipher.put("revisionDate", text(item.revisionDate()));
        cipher.put("deletedDate", text(item.deletedDate()));
        cipher.putNull("archivedDate");
        try {
            cipher.setAll((ObjectNode) json.readTree(item.data()));
        } catch (Exception e) {
            throw new IllegalStateException("An item's stored contents are not a JSON object: " + item.id(), e);
        }
        cipher.put("object", "cipherDetails");
        return cipher;
    }

    Map<String, Object> organization(MembershipView membership, UUID userId) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("id", membership.id());
        organization.put("name", membership.name());
        organization.put("key", membership.key());
        organization.put("status", CONFIRMED);
        organization.put("type", MEMBER_TYPES.getOrDefault(membership.type(), 2));
        organization.put("enabled", membership.enabled());
        organization.put("userId", userId);
        organization.put("providerId", membership.providerId());
        organization.put("usePolicies", true);
        organization.put("useGroups", true);
        organization.put("useEvents", true);
        organization.put("usersGetPremium", false);
        organization.put("permissions", Map.of());
        organization.put("object", "profileOrganization");
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

    private static String text(Object value) {
        return value == null ? null : value instanceof Instant instant ? instant.toString() : value.toString();
    }
}
