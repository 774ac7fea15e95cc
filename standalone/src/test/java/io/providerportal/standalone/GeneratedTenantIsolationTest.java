package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.providerportal.client.ClientCrypto.SymmetricKey;
import io.providerportal.platform.test.PortalTestClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Tenant isolation generated from the API description, so that a new endpoint is covered without anyone adding a
 * row: every operation that names a resource, in its path or in its body, is sent by callers of other tenants (the
 * admin of another provider, the owner of another organization, a user with no memberships) once with the ids of a
 * victim tenant and once with ids that exist nowhere. Bodies are built from the operation's schema to be as valid as
 * a schema can make them, so that most requests get past validation to the access check. Each pair must be answered
 * alike (nothing tells whether the victim's resources exist: the same refusal, or for a bulk operation the same
 * per-id results), with none of the victim's data that the request did not carry, and nothing may be written.
 */
@PortalTest
class GeneratedTenantIsolationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noCallerOfAnotherTenantReachesTheVictimThroughAnyOperation() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        Scenario scenario = new Scenario(api, jdbc);
        Victim victim = Victim.create(api, scenario);
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("admin of another provider", scenario.provider("Rival").adminToken);
        callers.put("owner of another organization", scenario.own("Elsewhere", 5).adminToken);
        callers.put("user with no memberships", api.signUp("Loner").token());
        JsonNode document = JSON.readTree(mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        long head = head();

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                HttpMethod method = HttpMethod.valueOf(entry.getKey().toUpperCase());
                Operation operation = new Operation(method, path.getKey(), entry.getValue(), document);
                if (!operation.namesAResource(victim)) {
                    continue;
                }
                operations++;
                for (Map<String, String> ids : victim.idSets(path.getKey())) {
                    for (Map.Entry<String, String> caller : callers.entrySet()) {
                        String what = "%s %s as the %s".formatted(method, operation.path(ids), caller.getKey());
                        Answer toVictim = send(operation.request(ids), caller.getValue());
                        Answer toNobody = send(operation.request(Victim.NOBODY), caller.getValue());
                        statuses.merge(toVictim.status, 1, Integer::sum);
                        if (toVictim.status != toNobody.status) {
                            failures.add(what + " tells the victim's resources exist: " + toVictim.status
                                    + " for them, " + toNobody.status + " for ids of nobody");
                        } else if (toVictim.status < 400
                                && !Victim.named(toVictim.body, ids)
                                        .equals(Victim.named(toNobody.body, Victim.NOBODY))) {
                            failures.add(what + " answered " + toVictim.status + " with more than for nobody: "
                                    + toVictim.body);
                        }
                        victim.leakedIn(toVictim.body, operation.carried(ids))
                                .ifPresent(leak -> failures.add(what + " answered the victim's " + leak));
                    }
                }
            }
        }

        String summary = "%d operations × %d callers, answered %s".formatted(operations, callers.size(), statuses);
        System.out.println("Generated tenant isolation: " + summary);
        assertThat(failures).as(summary).isEmpty();
        assertThat(operations).as("operations that name a resource").isGreaterThanOrEqualTo(50);
        assertThat(statuses).as("most requests reach the access check").containsKey(404);
        assertThat(head()).as("the event store's head: nothing was written").isEqualTo(head);
    }

    private Answer send(MockHttpServletRequestBuilder request, String token) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse();
        return new Answer(response.getStatus(), response.getContentAsString());
    }

    private long head() {
        return jdbc.sql("select coalesce(max(global_index), -1) from domain_event_entry")
                .query(Long.class)
                .single();
    }

    record Answer(int status, String body) {}

    /**
     * One operation of the API description, and requests for it with the ids of one tenant: path parameters and
     * id fields of the body are filled by name (an organization id for {@code organizationId}, a collection's for
     * any field about collections, ...).
     */
    record Operation(HttpMethod method, String path, JsonNode spec, JsonNode document) {

        boolean namesAResource(Victim victim) {
            Matcher parameters = PATH_PARAMETER.matcher(path);
            while (parameters.find()) {
                if (victim.ids.containsKey(parameters.group(1))) {
                    return true;
                }
            }
            String body = spec.has("requestBody") ? body(victim.ids).toString() : "";
            return victim.ids.values().stream().anyMatch(body::contains);
        }

        String path(Map<String, String> ids) {
            Matcher parameters = PATH_PARAMETER.matcher(path);
            StringBuilder filled = new StringBuilder();
            while (parameters.find()) {
                parameters.appendReplacement(filled, Matcher.quoteReplacement(pathValue(parameters.group(1), ids)));
            }
            return parameters.appendTail(filled).toString();
        }

        /** The path and the body sent with these ids: what an answer may repeat without telling anything. */
        String carried(Map<String, String> ids) {
            return path(ids) + (spec.has("requestBody") ? body(ids).toString() : "");
        }

        MockHttpServletRequestBuilder request(Map<String, String> ids) {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path(ids));
            return spec.has("requestBody")
                    ? request.contentType(MediaType.APPLICATION_JSON)
                            .content(body(ids).toString())
                    : request;
        }

        private String pathValue(String name, Map<String, String> ids) {
            for (JsonNode parameter : spec.path("parameters")) {
                if (parameter.get("name").asText().equals(name)
                        && parameter.at("/schema/enum").isArray()) {
                    return parameter.at("/schema/enum/0").asText();
                }
            }
            return ids.getOrDefault(
                    name, name.equals("name") ? "dashboard" : UUID.randomUUID().toString());
        }

        private JsonNode body(Map<String, String> ids) {
            JsonNode schema = spec.at("/requestBody/content").elements().next().get("schema");
            return value("body", schema, ids, 0);
        }

        private JsonNode value(String field, JsonNode schema, Map<String, String> ids, int depth) {
            schema = resolve(schema);
            if (depth > 6) {
                return NODES.nullNode();
            }
            if (schema.has("enum")) {
                return schema.get("enum").get(0);
            }
            switch (schema.path("type").asText(schema.has("properties") ? "object" : "string")) {
                case "object" -> {
                    ObjectNode object = NODES.objectNode();
                    schema.path("properties")
                            .properties()
                            .forEach(property -> object.set(
                                    property.getKey(), value(property.getKey(), property.getValue(), ids, depth + 1)));
                    return object;
                }
                case "array" -> {
                    ArrayNode array = NODES.arrayNode();
                    array.add(value(field, schema.path("items"), ids, depth + 1));
                    return array;
                }
                case "integer", "number" -> {
                    return NODES.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
                }
                case "boolean" -> {
                    return NODES.booleanNode(false);
                }
                default -> {
                    return NODES.textNode(text(field, schema, ids));
                }
            }
        }

        private String text(String field, JsonNode schema, Map<String, String> ids) {
            String name = field.toLowerCase();
            if ("uuid".equals(schema.path("format").asText()) || name.endsWith("id") || name.endsWith("ids")) {
                return idFor(name, ids);
            }
            if (name.contains("email")) {
                return "someone-" + UUID.randomUUID() + "@example.test";
            }
            if ("date-time".equals(schema.path("format").asText()) || name.endsWith("date")) {
                return "2026-01-01T00:00:00Z";
            }
            if (schema.path("maxLength").asInt(Integer.MAX_VALUE) < 120) {
                return "Text";
            }
            return Scenario.encrypted("text");
        }

        /** By the field's name, or for a bare {@code id(s)} by what the path is about. */
        private String idFor(String field, Map<String, String> ids) {
            for (String kind :
                    List.of("collection", "folder", "group", "organization", "provider", "item", "member", "user")) {
                if (field.contains(kind)) {
                    return ids.get(kind.equals("user") ? "userId" : kind + "Id");
                }
            }
            if (!field.equals("ids") && !field.equals("id")) {
                return UUID.randomUUID().toString();
            }
            if (path.startsWith("/items")) {
                return ids.get("itemId");
            }
            if (path.contains("/collections")) {
                return ids.get("collectionId");
            }
            return ids.get(path.startsWith("/providers") ? "providerUserId" : "memberId");
        }

        private JsonNode resolve(JsonNode schema) {
            while (schema.has("$ref")) {
                String[] ref = schema.get("$ref").asText().substring(2).split("/");
                JsonNode target = document;
                for (String part : ref) {
                    target = target.path(part);
                }
                schema = target;
            }
            if (schema.has("allOf")) {
                return resolve(schema.get("allOf").get(0));
            }
            return schema;
        }
    }

    /**
     * The tenant the callers try to reach: a provider with a confirmed Service User and a client organization whose
     * owner has a member, a group, a collection, an item in it, and a personal item and folder of the member.
     */
    record Victim(Map<String, String> ids, String personalItem, List<String> secrets) {

        static final Map<String, String> NOBODY = nobody();

        static Victim create(PortalTestClient api, Scenario scenario) throws Exception {
            Scenario.Provider provider = scenario.provider("Victim");
            Scenario.Member serviceUser = provider.confirmed("VictimTech", "SERVICE_USER");
            Scenario.Organization client = scenario.client(provider, "VictimCo", 10);
            Scenario.Member bob = client.confirmed("VictimBob", "USER", List.of());
            SymmetricKey key = SymmetricKey.random();
            UUID item = api.createdId(api.post(
                            "/items",
                            client.adminToken,
                            Items.inOrganization(
                                    Items.login(key, "bank", "treasurer", "pw"), client.id, client.defaultCollectionId))
                    .andExpect(status().isCreated()));
            UUID personal = api.createdId(api.post("/items", bob.token(), Items.login(key, "mine", "bob", "pw"))
                    .andExpect(status().isCreated()));
            UUID folder = api.createdId(api.post("/folders", bob.token(), Map.of("name", Scenario.encrypted("Work")))
                    .andExpect(status().isCreated()));
            UUID group = api.createdId(api.post(
                            "/organizations/" + client.id + "/groups",
                            client.adminToken,
                            Map.of("name", "VictimGroup", "members", List.of(bob.id())))
                    .andExpect(status().isCreated()));
            Map<String, String> ids = new LinkedHashMap<>();
            ids.put("providerId", provider.id.toString());
            ids.put("providerUserId", serviceUser.id().toString());
            ids.put("organizationId", client.id.toString());
            ids.put("memberId", bob.id().toString());
            ids.put("userId", bob.account().userId().toString());
            ids.put("collectionId", client.defaultCollectionId.toString());
            ids.put("groupId", group.toString());
            ids.put("itemId", item.toString());
            ids.put("folderId", folder.toString());
            List<String> secrets = new ArrayList<>(ids.values());
            secrets.add(personal.toString());
            secrets.addAll(List.of(
                    "VictimGroup",
                    "VictimCo",
                    serviceUser.account().email(),
                    bob.account().email(),
                    client.admin.email(),
                    provider.owner.email()));
            return new Victim(ids, personal.toString(), secrets);
        }

        /** Every operation on items is tried on the organization's item and on the member's personal one. */
        List<Map<String, String>> idSets(String template) {
            if (!template.contains("{itemId}") && !template.startsWith("/items")) {
                return List.of(ids);
            }
            Map<String, String> personal = new LinkedHashMap<>(ids);
            personal.put("itemId", personalItem);
            return List.of(ids, personal);
        }

        private static Map<String, String> nobody() {
            Map<String, String> ids = new LinkedHashMap<>();
            for (String name : List.of(
                    "providerId",
                    "providerUserId",
                    "organizationId",
                    "memberId",
                    "userId",
                    "collectionId",
                    "groupId",
                    "itemId",
                    "folderId")) {
                ids.put(name, UUID.randomUUID().toString());
            }
            return ids;
        }

        /** The first piece of the victim's data in an answer that the request did not carry itself. */
        Optional<String> leakedIn(String body, String carried) {
            return secrets.stream()
                    .filter(body::contains)
                    .filter(secret -> !carried.contains(secret))
                    .findFirst();
        }

        /** The answer with each id of the request named by its kind, to compare answers for two tenants. */
        static String named(String body, Map<String, String> ids) {
            for (Map.Entry<String, String> id : ids.entrySet()) {
                body = body.replace(id.getValue(), id.getKey());
            }
            return body;
        }
    }
}
