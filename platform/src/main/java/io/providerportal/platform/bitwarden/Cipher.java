package io.providerportal.platform.bitwarden;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A vault item in Bitwarden's cipher shape, as both sides answer it: the sync from the read model, a write from
 * the item as the write left it. The stored contents already use Bitwarden's field names (they are what the client
 * sent), so the cipher is those fields with the caller's rights, folder and favourite around them.
 *
 * @param type the item type's name ({@code LOGIN}, {@code SECURE_NOTE}, {@code CARD}, {@code IDENTITY})
 * @param data the stored JSON object of EncStrings
 */
public record Cipher(
        UUID id,
        UUID organizationId,
        UUID folderId,
        String type,
        boolean favorite,
        boolean reprompt,
        String key,
        boolean edit,
        boolean viewPassword,
        boolean manage,
        List<UUID> collectionIds,
        Instant creationDate,
        Instant revisionDate,
        Instant deletedDate,
        String data) {

    private static final Map<String, Integer> TYPES = Map.of("LOGIN", 1, "SECURE_NOTE", 2, "CARD", 3, "IDENTITY", 4);

    /** @param object Bitwarden's name of the answer: {@code cipherDetails} in a sync, {@code cipher} for a write */
    public ObjectNode toJson(ObjectMapper json, String object) {
        ObjectNode cipher = json.createObjectNode();
        cipher.put("id", id.toString());
        cipher.put("organizationId", text(organizationId));
        cipher.put("folderId", text(folderId));
        cipher.put("type", TYPES.getOrDefault(type, 1));
        cipher.put("favorite", favorite);
        cipher.put("reprompt", reprompt ? 1 : 0);
        cipher.put("edit", edit);
        cipher.put("viewPassword", viewPassword);
        cipher.set("permissions", json.valueToTree(Map.of("delete", manage || edit, "restore", manage || edit)));
        cipher.put("organizationUseTotp", false);
        cipher.put("key", key);
        cipher.putNull("attachments");
        cipher.set("collectionIds", json.valueToTree(collectionIds));
        cipher.put("creationDate", text(creationDate));
        cipher.put("revisionDate", text(revisionDate));
        cipher.put("deletedDate", text(deletedDate));
        cipher.putNull("archivedDate");
        try {
            cipher.setAll((ObjectNode) json.readTree(data));
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("An item's stored contents are not a JSON object: " + id, e);
        }
        if (type.equals("SECURE_NOTE") && !cipher.has("secureNote")) {
            cipher.set("secureNote", json.valueToTree(Map.of("type", 0)));
        }
        cipher.put("object", object);
        return cipher;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
