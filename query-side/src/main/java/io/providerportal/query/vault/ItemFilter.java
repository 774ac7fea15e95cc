package io.providerportal.query.vault;

import io.providerportal.events.vault.VaultItemType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What a list of the caller's items is narrowed to; each set field is one more condition, a null field none.
 * {@code trash} true lists only trashed items, false only live ones.
 */
record ItemFilter(
        UUID itemId,
        UUID organizationId,
        Boolean personal,
        UUID collectionId,
        UUID folderId,
        Boolean favorite,
        VaultItemType type,
        Boolean trash) {

    static ItemFilter item(UUID itemId) {
        return new ItemFilter(itemId, null, null, null, null, null, null, null);
    }

    /** Conditions on {@code i} (the item), {@code r} (the caller's reach of it) and {@code p} (their placement). */
    String where() {
        List<String> conditions = new ArrayList<>(List.of("true"));
        if (itemId != null) {
            conditions.add("i.item_id = :itemId");
        }
        if (organizationId != null) {
            conditions.add("i.organization_id = :organizationId");
        }
        if (personal != null) {
            conditions.add(personal ? "i.organization_id is null" : "i.organization_id is not null");
        }
        if (collectionId != null) {
            conditions.add("cast(:collectionId as uuid) = any(r.collection_ids)");
        }
        if (folderId != null) {
            conditions.add("p.folder_id = :folderId");
        }
        if (favorite != null) {
            conditions.add(favorite ? "p.favorite" : "coalesce(p.favorite, false) = false");
        }
        if (type != null) {
            conditions.add("i.type = :type");
        }
        if (trash != null) {
            conditions.add(trash ? "i.deleted_date is not null" : "i.deleted_date is null");
        }
        return String.join(" and ", conditions);
    }

    Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("itemId", itemId);
        params.put("organizationId", organizationId);
        params.put("collectionId", collectionId);
        params.put("folderId", folderId);
        params.put("type", type == null ? null : type.name());
        params.values().removeIf(Objects::isNull);
        return params;
    }
}
