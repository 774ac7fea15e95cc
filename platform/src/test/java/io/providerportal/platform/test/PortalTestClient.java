package io.providerportal.platform.test;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.providerportal.client.ClientAccount;
import io.providerportal.platform.PortalHeaders;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Drives the HTTP API the way a client does: accounts are built with real client-side crypto, tokens come from
 * the token endpoint, and reads pass the last write's position instead of sleeping.
 */
public class PortalTestClient {

    public static final int KDF_ITERATIONS = 5000;
    public static final String OPERATOR_ID = "test-operator";
    public static final String OPERATOR_SECRET = "test-operator-secret";

    private final MockMvc mvc;
    private final ObjectMapper json = new ObjectMapper();
    /** The newest position any write through this client answered: tests running side by side share one. */
    private final AtomicLong lastPosition = new AtomicLong(-1);

    public PortalTestClient(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A fresh account with a unique email, registered through the API. */
    public ClientAccount register(String name) throws Exception {
        ClientAccount account = ClientAccount.create(
                name.toLowerCase() + "-" + UUID.randomUUID() + "@example.test",
                name,
                "correct horse battery staple " + name,
                KDF_ITERATIONS);
        track(mvc.perform(MockMvcRequestBuilders.post("/identity/accounts/register")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(account.registrationJson()))
                .andExpect(status().isCreated()));
        return account;
    }

    public ResultActions prelogin(String email) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/identity/accounts/prelogin/password")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("email", email))));
    }

    /** A fresh account, registered, then logged in as a client that remembers only its email and password. */
    public ColdClient signUp(String name) throws Exception {
        ClientAccount account = register(name);
        return ColdClient.logIn(this, account.email(), account.password());
    }

    public ResultActions passwordGrant(String email, String masterPasswordHash) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/identity/connect/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("grant_type", "password")
                .param("username", email)
                .param("password", masterPasswordHash)
                .param("scope", "api offline_access")
                .param("client_id", "cli"));
    }

    public String login(ClientAccount account) throws Exception {
        return body(passwordGrant(account.email(), account.masterPasswordHash()).andExpect(status().isOk()))
                .get("access_token")
                .asText();
    }

    public String operatorToken() throws Exception {
        return body(mvc.perform(MockMvcRequestBuilders.post("/identity/connect/token")
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                .param("grant_type", "client_credentials")
                                .param("client_id", OPERATOR_ID)
                                .param("client_secret", OPERATOR_SECRET))
                        .andExpect(status().isOk()))
                .get("access_token")
                .asText();
    }

    public ResultActions post(String path, String token, Object body) throws Exception {
        return track(mvc.perform(authorized(MockMvcRequestBuilders.post(path), token, body)));
    }

    /** A read asked for with POST (a bulk lookup), which waits for this client's last write like any read. */
    public ResultActions postRead(String path, String token, Object body) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
        long position = lastPosition.get();
        if (position >= 0) {
            request.header(PortalHeaders.MIN_POSITION, position);
        }
        return mvc.perform(authorized(request, token, body));
    }

    public ResultActions put(String path, String token, Object body) throws Exception {
        return track(mvc.perform(authorized(MockMvcRequestBuilders.put(path), token, body)));
    }

    public ResultActions delete(String path, String token) throws Exception {
        return delete(path, token, null);
    }

    public ResultActions delete(String path, String token, Object body) throws Exception {
        return track(mvc.perform(authorized(MockMvcRequestBuilders.delete(path), token, body)));
    }

    /** A read that first waits until the read models have caught up with this client's last write. */
    public ResultActions get(String path, String token) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
        long position = lastPosition.get();
        if (position >= 0) {
            request.header(PortalHeaders.MIN_POSITION, position);
        }
        return mvc.perform(authorized(request, token, null));
    }

    public JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    public UUID createdId(ResultActions result) throws Exception {
        return UUID.fromString(body(result).get("id").asText());
    }

    public long lastPosition() {
        return lastPosition.get();
    }

    private MockHttpServletRequestBuilder authorized(MockHttpServletRequestBuilder request, String token, Object body)
            throws Exception {
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON)
                    .content(body instanceof String text ? text : json.writeValueAsString(body));
        }
        return request;
    }

    private ResultActions track(ResultActions result) {
        MvcResult mvcResult = result.andReturn();
        String position = mvcResult.getResponse().getHeader(PortalHeaders.POSITION);
        if (position != null) {
            lastPosition.accumulateAndGet(Long.parseLong(position), Math::max);
        }
        return result;
    }
}
