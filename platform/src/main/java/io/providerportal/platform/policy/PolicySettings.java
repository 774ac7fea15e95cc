package io.providerportal.platform.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.platform.web.InvalidRequestException;
import io.providerportal.platform.web.RuleViolationException;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The settings each policy type accepts (Bitwarden's field names), checked field by field: unknown fields, wrong
 * types and values out of range are refused with the field's path. Each setting also knows which way is stricter,
 * so that a provider's default and a client's own policy combine into the stricter of each, and an own policy
 * weaker than the provider's is refused naming the setting. Settings are canonical JSON (keys sorted), or null for
 * policies without settings; both sides use this one definition.
 */
public final class PolicySettings {

    private sealed interface Field permits Flag, Number, Choice {}

    /** Stricter when true. */
    private record Flag() implements Field {}

    /** Stricter when higher ({@code higherIsStricter}) or lower. */
    private record Number(int min, int max, boolean higherIsStricter) implements Field {}

    /** No order: where the provider chose one, it holds. */
    private record Choice(Set<String> values) implements Field {}

    private record Spec(Map<String, Field> fields, Set<String> required) {}

    private static final Flag FLAG = new Flag();

    private static final Map<PolicyType, Spec> SPECS = Map.of(
            PolicyType.MASTER_PASSWORD,
            new Spec(
                    Map.of(
                            "minComplexity", atLeast(0, 4),
                            "minLength", atLeast(12, 128),
                            "requireUpper", FLAG,
                            "requireLower", FLAG,
                            "requireNumbers", FLAG,
                            "requireSpecial", FLAG,
                            "enforceOnLogin", FLAG),
                    Set.of()),
            PolicyType.PASSWORD_GENERATOR,
            new Spec(
                    Map.ofEntries(
                            Map.entry("overridePasswordType", new Choice(Set.of("password", "passphrase"))),
                            Map.entry("minLength", atLeast(5, 128)),
                            Map.entry("useUpper", FLAG),
                            Map.entry("useLower", FLAG),
                            Map.entry("useNumbers", FLAG),
                            Map.entry("useSpecial", FLAG),
                            Map.entry("minNumbers", atLeast(0, 9)),
                            Map.entry("minSpecial", atLeast(0, 9)),
                            Map.entry("minNumberWords", atLeast(3, 20)),
                            Map.entry("capitalize", FLAG),
                            Map.entry("includeNumber", FLAG)),
                    Set.of()),
            PolicyType.MAXIMUM_VAULT_TIMEOUT,
            new Spec(
                    Map.of(
                            "minutes", new Number(1, 525_600, false),
                            "action", new Choice(Set.of("lock", "logOut"))),
                    Set.of("minutes")));

    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicySettings() {}

    private static Number atLeast(int min, int max) {
        return new Number(min, max, true);
    }

    /** Checks the settings a client sent and answers them canonical. */
    public static String canonical(PolicyType type, JsonNode data) {
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
        return write(sorted);
    }

    /**
     * The policy a client lives under: the stricter of its own and its provider's, setting by setting (a setting
     * only one of them has holds as it is).
     */
    public static PolicyState combine(PolicyType type, PolicyState own, PolicyState provider) {
        if (!provider.enabled()) {
            return own;
        }
        if (!own.enabled()) {
            return provider;
        }
        Spec spec = SPECS.get(type);
        if (spec == null) {
            return provider;
        }
        Map<String, JsonNode> combined = new TreeMap<>(read(own.data()));
        read(provider.data())
                .forEach((name, value) -> combined.merge(name, value, (mine, theirs) -> {
                    Field field = spec.fields().get(name);
                    return field == null || isStricter(field, theirs, mine) ? theirs : mine;
                }));
        return new PolicyState(true, write(combined));
    }

    /** Refuses an own policy that is weaker than the provider's in any setting, naming the first such setting. */
    public static void requireAtLeast(PolicyType type, PolicyState own, PolicyState provider) {
        if (!provider.enabled()) {
            return;
        }
        if (!own.enabled()) {
            throw weaker("enabled", "must stay true: the provider requires this policy of its clients");
        }
        Spec spec = SPECS.get(type);
        if (spec == null) {
            return;
        }
        Map<String, JsonNode> mine = read(own.data());
        read(provider.data()).forEach((name, theirs) -> {
            Field field = spec.fields().get(name);
            JsonNode value = mine.get(name);
            if (field != null && (value == null || isStricter(field, theirs, value))) {
                throw weaker("data." + name, "must be " + describe(field, theirs) + ", as the provider's default is");
            }
        });
    }

    private static boolean isStricter(Field field, JsonNode candidate, JsonNode than) {
        if (field instanceof Number number) {
            return number.higherIsStricter()
                    ? candidate.intValue() > than.intValue()
                    : candidate.intValue() < than.intValue();
        }
        if (field instanceof Flag) {
            return candidate.asBoolean() && !than.asBoolean();
        }
        return !candidate.equals(than);
    }

    private static String describe(Field field, JsonNode value) {
        if (field instanceof Number number) {
            return (number.higherIsStricter() ? "at least " : "at most ") + value.intValue();
        }
        return field instanceof Flag ? "true" : value.textValue();
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

    private static Map<String, JsonNode> read(String data) {
        Map<String, JsonNode> fields = new TreeMap<>();
        if (data != null) {
            try {
                JSON.readTree(data).fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored policy settings are not JSON", e);
            }
        }
        return fields;
    }

    private static String write(Map<String, JsonNode> sorted) {
        ObjectNode canonical = JSON.createObjectNode();
        sorted.forEach(canonical::set);
        return canonical.toString();
    }

    private static InvalidRequestException invalid(String field, String reason) {
        return new InvalidRequestException("policy.invalid-settings", field, reason);
    }

    private static RuleViolationException weaker(String field, String reason) {
        return new RuleViolationException("policy.weaker-than-provider", field, reason);
    }
}
