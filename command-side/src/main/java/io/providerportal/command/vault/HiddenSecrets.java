package io.providerportal.command.vault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The secrets a member with HidePasswords is never sent: the login's password and TOTP seed, and the password
 * history (the read side leaves out the same three, in {@code ItemQueries}). Such a member's update cannot know
 * them, so it keeps the stored ones, whatever it sent.
 */
final class HiddenSecrets {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HiddenSecrets() {}

    static String keepStored(String updated, String stored) {
        ObjectNode result = parse(updated);
        ObjectNode previous = parse(stored);
        copy(previous, result, "passwordHistory");
        JsonNode previousLogin = previous.path("login");
        if (previousLogin.isObject() || result.has("login")) {
            ObjectNode login = result.withObject("/login");
            copy(previousLogin, login, "password");
            copy(previousLogin, login, "totp");
        }
        return result.toString();
    }

    private static void copy(JsonNode from, ObjectNode to, String field) {
        if (from.hasNonNull(field)) {
            to.set(field, from.get(field));
        } else {
            to.remove(field);
        }
    }

    private static ObjectNode parse(String data) {
        try {
            return (ObjectNode) JSON.readTree(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored item data is not JSON", e);
        }
    }
}
