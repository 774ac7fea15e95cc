package io.providerportal.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON for this module: Jackson trees for the API's nested answers and bodies, plus the original flat helpers that
 * register, login and operator-token have always used (kept so that those commands behave exactly as before).
 */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

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

    /** A JSON string literal, or {@code null} for a null value. */
    static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * The first string value under {@code name}, matched case-insensitively because Bitwarden-style
     * servers differ in whether they send camelCase or PascalCase. Escapes are not decoded; the values
     * read this way (tokens) never contain any.
     */
    static Optional<String> stringField(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"",
                Pattern.CASE_INSENSITIVE).matcher(json);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The first non-negative integer value under {@code name}, matched case-insensitively. */
    static Optional<Integer> intField(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\\d+)",
                Pattern.CASE_INSENSITIVE).matcher(json);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
