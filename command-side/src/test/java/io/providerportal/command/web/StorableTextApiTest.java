package io.providerportal.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.providerportal.client.ClientAccount;
import io.providerportal.platform.test.ColdClient;
import io.providerportal.platform.test.PortalTestClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Text that could not be stored and read back as sent (a NUL, a lone surrogate, the bytes of one) is refused at the
 * edge in every field, with the field named, and nothing is recorded; so is a body past the size limit.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class StorableTextApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    PortalTestClient api;
    ColdClient owner;
    UUID providerId;

    @BeforeEach
    void setUp() throws Exception {
        api = new PortalTestClient(mvc);
        owner = api.signUp("Owner");
        providerId = api.createdId(api.post(
                "/providers",
                api.operatorToken(),
                Map.of(
                        "name",
                        "Acme IT",
                        "type",
                        "MSP",
                        "billingEmail",
                        "billing@acme.test",
                        "ownerEmail",
                        owner.email())));
        owner.setUpProvider(providerId).andExpect(status().isNoContent());
    }

    @Test
    void aNulOrALoneSurrogateInAnyTextFieldIsRefusedNamingTheField() throws Exception {
        long before = events();
        // as JSON escapes, exactly as a client sends them
        for (String name : new String[] {"B\\u0000B", "G\\ud800", "\\udc00G", "\\ud800\\ud800"}) {
            api.put(
                            "/providers/" + providerId,
                            owner.token(),
                            "{\"name\":\"" + name + "\",\"billingEmail\":\"billing@acme.test\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("name"))
                    .andExpect(jsonPath("$.errors[0].reason").value("must be Unicode text without NUL characters"));
        }
        api.post(
                        "/providers/" + providerId + "/users/invite",
                        owner.token(),
                        "{\"emails\":[\"ok@acme.test\",\"b\\u0000d@acme.test\"],\"type\":\"SERVICE_USER\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("emails[1]"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void theUtf8BytesOfASurrogateAreRefusedToo() throws Exception {
        byte[] body = ("{\"name\":\"G\u00ed\u00a0\u0080\",\"billingEmail\":\"billing@acme.test\"}")
                .getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(put("/providers/" + providerId)
                        .header("Authorization", "Bearer " + owner.token())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void registeringWithANulInTheNameIsBadInputNotADuplicate() throws Exception {
        ClientAccount account = ClientAccount.create(
                "nul-" + UUID.randomUUID() + "@example.test",
                "Nu\u0000ll",
                "a long enough password",
                PortalTestClient.KDF_ITERATIONS);
        mvc.perform(post("/identity/accounts/register")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(account.registrationJson()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void aNulInAFormParameterIsRefusedNamingIt() throws Exception {
        mvc.perform(post("/identity/connect/token")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("grant_type=password&username=a%00b%40example.test&password=x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
    }

    @Test
    void aBodyPastTheLimitIsRefusedBeforeItIsRead() throws Exception {
        long before = events();
        String huge = "{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\",\"billingEmail\":\"billing@acme.test\"}";

        api.put("/providers/" + providerId, owner.token(), huge)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("request-too-large"))
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        assertThat(events()).isEqualTo(before);
    }

    private long events() {
        return jdbc.sql("select count(*) from domain_event_entry")
                .query(Long.class)
                .single();
    }
}
