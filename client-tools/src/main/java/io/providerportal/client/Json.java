package io.providerportal.client;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough JSON for the handful of flat request bodies and response fields this module handles,
 * so that the client jar stays free of dependencies.
 */
final class Json {

    private Json() {
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
