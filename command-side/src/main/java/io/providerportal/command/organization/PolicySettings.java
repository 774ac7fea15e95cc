package io.providerportal.command.organization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.platform.web.InvalidRequestException;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The settings each policy type accepts (Bitwarden's field names), checked field by field: unknown fields, wrong
 * types and values out of range are refused with the field's path. Answers the settings as canonical JSON (keys
 * sorted), or null for policies without settings.
 */
final class PolicySettings {

    private sealed interface Field permits Flag, Number, Choice {}

    private record Flag() implements Field {}

    private record Number(int min, int max) implements Field {}

    private record Choice(Set<String> values) implements Field {}

    private record Spec(Map<String, Field> fields, Set<String> required) {}

    private static final Map<PolicyType, Spec> SPECS = Map.of(
            PolicyType.MASTER_PASSWORD,
                    new Spec(
                            Map.of(
                                    "minComplexity",
                                    new Number(0, 4),
                                    "minLength",
                                    new Number(12, 128),
                                    "requireUpper",
                                    new Flag(),
                                    "requireLower",
                                    new Flag(),
                                    "requireNumbers",
                                    new Flag(),
                                    "requireSpecial",
                                    new Flag(),
                                    "enforceOnLogin",
                                    new Flag()),
                            Set.of()),
            PolicyType.PASSWORD_GENERATOR,
                    new Spec(
                            Map.ofEntries(
                                    Map.entry("overridePasswordType", new Choice(Set.of("password", "passphrase"))),
                                    Map.entry("minLength", new Number(5, 128)),
                                    Map.entry("useUpper", new Flag()),
                                    Map.entry("useLower", new Flag()),
                                    Map.entry("useNumbers", new Flag()),
                                    Map.entry("useSpecial", new Flag()),
                                    Map.entry("minNumbers", new Number(0, 9)),
                                    Map.entry("minSpecial", new Number(0, 9)),
                                    Map.entry("minNumberWords", new Number(3, 20)),
                                    Map.entry("capitalize", new Flag()),
                                    Map.entry("includeNumber", new Flag())),
                            Set.of()),
            PolicyType.MAXIMUM_VAULT_TIMEOUT,
                    new Spec(
                            Map.of("minutes", new Number(1, 525_600), "action", new Choice(Set.of("lock", "logOut"))),
                            Set.of("minutes")));

    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicySettings() {}

    static String canonical(PolicyType type, JsonNode data) {
        Spec spec = SPECS.get(type);
        boolean empty = data == null || data.isNull() || (data.isObject() && data.isEmpty());
        if (spec == null) {
            if (!empty) {
                throw invalid("data", "this policy has no settings");
            }
            return null;
        }
        if (data != null && !data.isNull() && !data.isObject()) {
            throw invalid("data", "must be an object");
        }
        Map<String, JsonNode> sorted = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = empty ? Collections.emptyIterator() : data.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            Field field = spec.fields().get(entry.getKey());
            if (field == null) {
                throw invalid("data." + entry.getKey(), "is not a setting of " + type);
            }
            check("data." + entry.getKey(), field, entry.getValue());
            sorted.put(entry.getKey(), entry.getValue());
        }
        for (String required : spec.required()) {
            if (!sorted.containsKey(required)) {
                throw invalid("data." + required, "is required");
            }
        }
        ObjectNode canonical = JSON.createObjectNode();
        sorted.forEach(canonical::set);
        return canonical.toString();
    }

    private static void check(String path, Field field, JsonNode value) {
        if (field instanceof Flag && !value.isBoolean()) {
            throw invalid(path, "must be true or false");
        }
        if (field instanceof Number number
                && (!value.isInt() || value.intValue() < number.min() || value.intValue() > number.max())) {
            throw invalid(path, "must be a whole number from " + number.min() + " to " + number.max());
        }
        if (field instanceof Choice choice
                && (!value.isTextual() || !choice.values().contains(value.textValue()))) {
            throw invalid(path, "must be one of " + new TreeSet<>(choice.values()));
        }
    }

    private static InvalidRequestException invalid(String field, String reason) {
        return new InvalidRequestException("policy.invalid-settings", field, reason);
    }
}
