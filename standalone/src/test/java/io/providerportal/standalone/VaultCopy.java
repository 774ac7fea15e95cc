package io.providerportal.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a syncing client keeps of My Vault: a whole answer, then each delta applied to it (items replaced or added
 * by id, removed ids dropped, the small lists taken as they come), and the revision to ask the next delta from.
 */
final class VaultCopy {

    private long revision = -1;
    private ObjectNode lists;
    private final Map<String, JsonNode> items = new TreeMap<>();

    void apply(JsonNode answer) {
        if (answer.get("full").asBoolean()) {
            items.clear();
        }
        answer.path("removedItemIds").forEach(id -> items.remove(id.asText()));
        answer.get("items").forEach(item -> items.put(item.get("id").asText(), item));
        revision = answer.get("revision").asLong();
        lists = answer.deepCopy();
        lists.remove(List.of("revision", "full", "items", "removedItemIds"));
    }

    long revision() {
        return revision;
    }

    /** The copy in the shape of a whole answer's lists and items, for comparing with a fresh one. */
    Map<String, Object> contents() {
        return Map.of("lists", lists, "items", Map.copyOf(items));
    }

    /** A whole answer in the same shape. */
    static Map<String, Object> contentsOf(JsonNode whole) {
        VaultCopy copy = new VaultCopy();
        copy.apply(whole);
        return copy.contents();
    }
}
