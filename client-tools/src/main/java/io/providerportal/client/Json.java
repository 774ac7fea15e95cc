package io.providerportal.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** JSON for this module: Jackson trees for the API's answers and the bodies sent to it. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Compact JSON, one line, so that a shell can capture it. */
    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Parses an answer of the server. Jackson's own message is not passed on: it quotes the input, and an answer
     * such as the token response holds secrets.
     */
    static JsonNode parse(String body, String what) {
        try {
            return MAPPER.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (JsonProcessingException e) {
            throw new CommandFailure("the answer to " + what + " is not JSON");
        }
    }

    /**
     * The text under {@code name}, or {@code null} when it is absent or JSON null. The exact name wins; otherwise
     * it is matched case-insensitively, as Bitwarden-style servers differ in camelCase and PascalCase.
     */
    static String text(JsonNode node, String name) {
        JsonNode value = field(node, name);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The member under {@code name}, matched as {@link #text} does, or {@code null}. */
    static JsonNode field(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode exact = node.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The {@code data} array of a list answer ({@code {data: [...]}}); empty when there is none. */
    static Iterable<JsonNode> data(JsonNode list) {
        JsonNode data = field(list, "data");
        return data != null && data.isArray() ? data : MAPPER.createArrayNode();
    }
}
