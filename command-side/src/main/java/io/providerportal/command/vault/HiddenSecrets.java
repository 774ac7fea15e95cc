package io.providerportal.command.vault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.providerportal.platform.vault.HiddenSecretFields;
import java.util.List;

/**
 * A member with HidePasswords is never sent {@link HiddenSecretFields}; their update cannot know them, so it keeps
 * the stored ones, whatever it sent.
 */
final class HiddenSecrets {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HiddenSecrets() {}

    static String keepStored(String updated, String stored) {
        ObjectNode result = parse(updated);
        JsonNode previous = parse(stored);
        for (List<String> path : HiddenSecretFields.PATHS) {
            keep(path, previous, result);
        }
        return result.toString();
    }

    /** Sets the field at the path in {@code to} to the stored one, or removes it if none was stored. */
    private static void keep(List<String> path, JsonNode from, ObjectNode to) {
        String field = path.get(path.size() - 1);
        JsonNode stored = from;
        for (String step : path) {
            stored = stored.path(step);
        }
        JsonNode parent = to;
        for (String step : path.subList(0, path.size() - 1)) {
            parent = parent.path(step);
        }
        if (stored.isMissingNode() || stored.isNull()) {
            if (parent instanceof ObjectNode object) {
                object.remove(field);
            }
            return;
        }
        ObjectNode target = to;
        for (String step : path.subList(0, path.size() - 1)) {
            target = target.withObject("/" + step);
        }
        target.set(field, stored);
    }

    private static ObjectNode parse(String data) {
        try {
            return (ObjectNode) JSON.readTree(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored item data is not JSON", e);
        }
    }
}
