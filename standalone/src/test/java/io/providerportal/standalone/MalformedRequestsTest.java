package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
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
 * Walks the OpenAPI document and sends every operation requests that are wrong in one way each: bad ids in the path,
 * bad query parameters and headers, bodies that are no JSON, the wrong JSON, too deep, or of the wrong media type.
 * None may answer 5xx, every refusal is problem+json, and nothing is recorded.
 */
@PortalTest
class MalformedRequestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> BAD_IDS =
            List.of("not-a-uuid", "1", "%00", "00000000-0000-0000-0000", "x".repeat(300));
    private static final List<String> BAD_VALUES =
            List.of("", "-1", "99999999999999999999", "not-a-value", "%00", "\u00ff", "[]", "x".repeat(5000));
    private static final List<String> BAD_BODIES = List.of(
            "{",
            "[]",
            "\"text\"",
            "42",
            "null",
            "{\"a\":",
            "{}}",
            "[".repeat(5000) + "]".repeat(5000),
            "{\"name\":" + "[".repeat(2000) + "]".repeat(2000) + "}",
            "{\"name\":{\"$ne\":1},\"emails\":\"not-a-list\",\"seats\":\"many\",\"type\":\"PIRATE\",\"key\":7,"
                    + "\"ids\":[\"not-a-uuid\"],\"collectionIds\":{},\"organizationId\":\"x\"}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noMalformedRequestAnswers5xxOrChangesAnything() throws Exception {
        ColdClient caller = new PortalTestClient(mvc).signUp("Fuzzer");
        JsonNode document = JSON.readTree(mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        long head = head();
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int sent = 0;

        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                HttpMethod method = HttpMethod.valueOf(operation.getKey().toUpperCase());
                for (Variant variant : variants(path.getKey(), method, operation.getValue())) {
                    MockHttpServletResponse response = mvc.perform(
                                    variant.request().header("Authorization", "Bearer " + caller.token()))
                            .andReturn()
                            .getResponse();
                    sent++;
                    int status = response.getStatus();
                    statuses.merge(status, 1, Integer::sum);
                    boolean problem = String.valueOf(response.getContentType()).startsWith("application/problem+json")
                            || response.getContentAsString().contains("\"error\"");
                    if (status >= 500
                            || (status >= 400
                                    && !problem
                                    && !response.getContentAsString().isEmpty())) {
                        failures.add(status + " " + method + " " + variant.description() + ": "
                                + response.getContentAsString()
                                        .substring(
                                                0,
                                                Math.min(
                                                        200,
                                                        response.getContentAsString()
                                                                .length())));
                    }
                }
            }
        }

        assertThat(failures)
                .as("of %d malformed requests, answered %s", sent, statuses)
                .isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(1000);
        assertThat(statuses)
                .as("bad ids, bodies and media types were parsed and refused")
                .containsKeys(400, 415);
        assertThat(head()).as("the event store's head").isEqualTo(head);
    }

    record Variant(String description, MockHttpServletRequestBuilder request) {}

    private static List<Variant> variants(String template, HttpMethod method, JsonNode operation) {
        List<Variant> variants = new ArrayList<>();
        String valid = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        if (template.contains("{")) {
            for (String bad : BAD_IDS) {
                String path = template.replaceAll("\\{[^}]+}", bad.replace("%", "%25"));
                variants.add(new Variant(path, json(method, path, "{}")));
            }
        }
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.get("name").asText();
            if (!"query".equals(parameter.path("in").asText())) {
                continue;
            }
            for (String bad : BAD_VALUES) {
                variants.add(new Variant(
                        valid + "?" + name + "=" + bad.substring(0, Math.min(20, bad.length())),
                        json(method, valid, null).queryParam(name, bad)));
            }
        }
        variants.add(new Variant(
                valid + " with a bad Portal-Min-Position",
                json(method, valid, null).header("Portal-Min-Position", "soon")));
        variants.add(new Variant(
                valid + " with a bad Idempotency-Key",
                json(method, valid, null).header("Idempotency-Key", "k".repeat(300))));
        if (operation.has("requestBody")) {
            for (String body : BAD_BODIES) {
                variants.add(new Variant(
                        valid + " <- " + body.substring(0, Math.min(30, body.length())), json(method, valid, body)));
            }
            variants.add(new Variant(
                    valid + " as text/plain",
                    MockMvcRequestBuilders.request(method, valid)
                            .contentType(MediaType.TEXT_PLAIN)
                            .content("{}")));
            variants.add(new Variant(
                    valid + " as XML",
                    MockMvcRequestBuilders.request(method, valid)
                            .contentType(MediaType.APPLICATION_XML)
                            .content("<a/>")));
        }
        return variants;
    }

    private static MockHttpServletRequestBuilder json(HttpMethod method, String path, String body) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
        return body == null
                ? request
                : request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long head() {
        return jdbc.sql("select coalesce(max(global_index), -1) from domain_event_entry")
                .query(Long.class)
                .single();
    }
}
