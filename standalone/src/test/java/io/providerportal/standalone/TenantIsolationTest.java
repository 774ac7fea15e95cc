package io.providerportal.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.providerportal.client.ClientAccount;
import io.providerportal.client.PortalClient;
import io.providerportal.platform.test.PortalTestClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The role matrix: every endpoint of provider B, called by each kind of caller, answers exactly the expected
 * status; nobody outside B learns anything about it or changes it. Later features add their rows here.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TenantIsolationTest {

    enum Caller { ADMIN_OF_B, ADMIN_OF_A, STRANGER, OPERATOR, ANONYMOUS }

    /** One endpoint: how to call it on provider B, and the status each caller must get. */
    record Row(String method, String path, Object body, Map<Caller, Integer> expected) {
    }

    @Autowired
    MockMvc mvc;

    PortalTestClient api;
    Map<Caller, String> tokens;
    UUID providerB;

    @BeforeEach
    void setUp() throws Exception {
        api = new PortalTestClient(mvc);
        String operator = api.operatorToken();
        ClientAccount adminA = api.register("AdminA");
        ClientAccount adminB = api.register("AdminB");
        api.post("/providers", operator, provider("A", adminA)).andExpect(status().isCreated());
        providerB = api.createdId(api.post("/providers", operator, provider("B", adminB)));
        tokens = new java.util.EnumMap<>(Caller.class);
        tokens.put(Caller.ADMIN_OF_B, api.login(adminB));
        tokens.put(Caller.ADMIN_OF_A, api.login(adminA));
        tokens.put(Caller.STRANGER, api.login(api.register("Stranger")));
        tokens.put(Caller.OPERATOR, operator);
    }

    private static Map<String, Object> provider(String name, ClientAccount owner) {
        return Map.of("name", name, "type", "MSP", "billingEmail", "billing@" + name + ".test",
                "ownerEmail", owner.email());
    }

    private List<Row> matrix() {
        String b = "/providers/" + providerB;
        Map<String, Object> profile = Map.of("name", "Renamed", "billingEmail", "x@b.test");
        String client = PortalClient.newClientJson("Contoso", "owner@contoso.test", "TEAMS", 5);
        return List.of(
                new Row("GET", b, null, expect(200, 404, 404, 200)),
                new Row("GET", b + "/clients", null, expect(200, 404, 404, 200)),
                new Row("PUT", b, profile, expect(204, 404, 404, 204)),
                new Row("POST", b + "/clients", client, expect(201, 404, 404, 404)),
                new Row("POST", b + "/disable", null, expect(403, 403, 403, 204)),
                new Row("POST", b + "/enable", null, expect(403, 403, 403, 204)));
    }

    private static Map<Caller, Integer> expect(int adminOfB, int adminOfA, int stranger, int operator) {
        return Map.of(Caller.ADMIN_OF_B, adminOfB, Caller.ADMIN_OF_A, adminOfA, Caller.STRANGER, stranger,
                Caller.OPERATOR, operator, Caller.ANONYMOUS, 401);
    }

    @Test
    void everyCallerGetsExactlyTheExpectedStatusOnEveryEndpoint() throws Exception {
        for (Row row : matrix()) {
            // outsiders first, so that the row's owner acting afterwards cannot mask a leak
            for (Caller caller : Stream.of(Caller.ANONYMOUS, Caller.STRANGER, Caller.ADMIN_OF_A, Caller.ADMIN_OF_B,
                    Caller.OPERATOR).toList()) {
                String token = tokens.get(caller);
                int status = switch (row.method()) {
                    case "GET" -> api.get(row.path(), token).andReturn().getResponse().getStatus();
                    case "PUT" -> api.put(row.path(), token, row.body()).andReturn().getResponse().getStatus();
                    default -> api.post(row.path(), token, row.body()).andReturn().getResponse().getStatus();
                };
                assertThat(status).as("%s %s as %s", row.method(), row.path(), caller)
                        .isEqualTo(row.expected().get(caller));
            }
        }
    }

    @Test
    void outsidersChangeNothing() throws Exception {
        String before = api.body(api.get("/providers/" + providerB, tokens.get(Caller.ADMIN_OF_B))).toString();
        for (Caller outsider : List.of(Caller.ADMIN_OF_A, Caller.STRANGER)) {
            api.put("/providers/" + providerB, tokens.get(outsider), Map.of("name", "Hijacked",
                    "billingEmail", "evil@a.test"));
            api.post("/providers/" + providerB + "/clients", tokens.get(outsider),
                    PortalClient.newClientJson("Evil", "evil@a.test", "TEAMS", 5));
            api.post("/providers/" + providerB + "/disable", tokens.get(outsider), null);
        }
        assertThat(api.body(api.get("/providers/" + providerB, tokens.get(Caller.ADMIN_OF_B))).toString())
                .isEqualTo(before);
        assertThat(api.body(api.get("/providers/" + providerB + "/clients", tokens.get(Caller.ADMIN_OF_B)))
                .get("data")).isEmpty();
    }
}
