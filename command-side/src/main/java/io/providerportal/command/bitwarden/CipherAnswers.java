package io.providerportal.command.bitwarden;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.providerportal.command.vault.StoredItem;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The cipher a write answers with, in the shape of the sync's, from the item as the write left it. */
@Component
class CipherAnswers {

    private static final Map<String, Integer> TYPES = Map.of("LOGIN", 1, "SECURE_NOTE", 2, "CARD", 3, "IDENTITY", 4);

    private final ObjectMapper json;

    CipherAnswers(ObjectMapper json) {
        this.json = json;
    }

    /** The writer could write it, so they may edit it and see its password. */
    ObjectNode of(StoredItem item) {
        ObjectNode cipher = json.createObjectNode();
        cipher.put("id", item.id().toString());
        cipher.put("organizationId", item.organizationId() == null ? null : item.organizationId().toString());
        cipher.put("folderId", item.folderId() == null ? null : item.folderId().toString());
        cipher.put("type", TYPES.get(item.type().name()));
        cipher.put("favorite", item.favorite());
        cipher.put("reprompt", item.reprompt() ? 1 : 0);
        cipher.put("key", item.key());
        cipher.put("edit", true);
        cipher.put("viewPassword", true);
        cipher.set("permissions", json.valueToTree(Map.of("delete", true, "restore", true)));
        cipher.put("organizationUseTotp", false);
        cipher.putNull("attachments");
        cipher.set("collectionIds", json.valueToTree(item.collectionIds()));
        cipher.put("creationDate", item.creationDate().toString());
        cipher.put("revisionDate", item.revisionDate().toString());
        cipher.put("deletedDate", item.deletedDate() == null ? null : item.deletedDate().toString());
        cipher.putNull("archivedDate");
        try {
            cipher.setAll((ObjectNode) json.readTree(item.data()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An item's stored contents are not JSON: " + item.id(), e);
        }
        if (cipher.get("type").asInt() == 2 && !cipher.has("secureNote")) {
            cipher.set("secureNote", json.valueToTree(Map.of("type", 0)));
        }
        cipher.put("object", "cipher");
        return cipher;
    }
}
