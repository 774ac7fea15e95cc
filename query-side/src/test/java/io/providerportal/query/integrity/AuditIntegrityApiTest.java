package io.providerportal.query.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import io.providerportal.events.provider.ProviderCreated;
import io.providerportal.events.provider.ProviderProfileUpdated;
import io.providerportal.events.provider.ProviderType;
import io.providerportal.query.support.EventAppender;
import io.providerportal.query.support.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The whole store is verified, other tests' events included: whatever else is in it must verify too. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestTokens.class)
class AuditIntegrityApiTest {

    /**
     * Long enough to outlast a gap left by someone else's rolled-back write: the chain passes it once it reads an
     * event written the gap timeout (5 s in tests) after the one that follows the gap.
     */
    private static final Duration CHAINED = Duration.ofSeconds(150);

    @Autowired
    MockMvc mvc;

    @Autowired
    EventAppender events;

    @Autowired
    Tampering tampering;

    @Autowired
    ObjectMapper json;

    String auditor = TestTokens.auditor(UUID.randomUUID());

    @Test
    void appendedEventsVerify() throws Exception {
        long position = chainedProvider("Acme IT");

        verify().andExpect(status().isOk())
                .andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.checkedUpTo").value(greaterThanOrEqualTo((int) position)))
                .andExpect(jsonPath("$.head").value(matchesPattern("[0-9a-f]{64}")))
                .andExpect(content().json("{\"firstMismatch\": null, \"reason\": null}"));
        SignedHead head = head();
        verify("position", String.valueOf(head.position()), "hash", head.hash())
                .andExpect(jsonPath("$.verified").value(true));
    }

    @Test
    void anEditedPayloadIsFoundAtItsPosition() throws Exception {
        long position = chainedProvider("Acme IT");
        byte[] original = tampering.payload(position);
        try {
            // when
            tampering.setPayload(position, edited(original));

            // then
            verify().andExpect(jsonPath("$.verified").value(false))
                    .andExpect(jsonPath("$.firstMismatch").value(position))
                    .andExpect(jsonPath("$.reason").value(Verification.EVENT_CHANGED))
                    .andExpect(jsonPath("$.checkedUpTo").value(lessThan((int) position)));
        } finally {
            tampering.setPayload(position, original);
        }
        verify().andExpect(jsonPath("$.verified").value(true));
    }

    @Test
    void rewritingTheChainToMatchAnEditIsCaughtByAKeptHead() throws Exception {
        // given
        long position = chainedProvider("Acme IT");
        SignedHead kept = head();
        byte[] original = tampering.payload(position);
        try {
            // when
            tampering.setPayload(position, edited(original));
            tampering.rechainFrom(position);

            // then
            verify().andExpect(jsonPath("$.verified").value(true));
            verify("position", String.valueOf(kept.position()), "hash", kept.hash())
                    .andExpect(jsonPath("$.verified").value(false))
                    .andExpect(jsonPath("$.reason").value(Verification.HEAD_MISMATCH))
                    .andExpect(jsonPath("$.firstMismatch").value(lessThanOrEqualTo((int) kept.position())));
        } finally {
            tampering.setPayload(position, original);
            tampering.rechainFrom(position);
        }
        verify("position", String.valueOf(kept.position()), "hash", kept.hash())
                .andExpect(jsonPath("$.verified").value(true));
    }

    @Test
    void headsAreSignedWithThePublishedKey() throws Exception {
        chainedProvider("Acme IT");
        SignedHead head = head();
        String keySet = mvc.perform(get("/audit/keys").header("Authorization", "Bearer " + auditor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JWKSet keys = JWKSet.parse(keySet);

        assertThat(keys.getKeys())
                .singleElement()
                .satisfies(key -> assertThat(key.isPrivate()).isFalse());
        assertThat(keySet).doesNotContain("\"d\"");
        assertThat(SignedHead.verify(head, keys)).isTrue();
        assertThat(SignedHead.verify(
                        new SignedHead(head.position() - 1, head.hash(), head.signedAt(), head.signature()), keys))
                .isFalse();
        assertThat(SignedHead.verify(
                        new SignedHead(head.position(), "0".repeat(64), head.signedAt(), head.signature()), keys))
                .isFalse();
        assertThat(SignedHead.verify(
                        new SignedHead(
                                head.position() - 1,
                                head.hash(),
                                head.signedAt(),
                                withPayload(
                                        head.signature(),
                                        SignedHead.claims(head.position() - 1, head.hash(), head.signedAt()))),
                        keys))
                .isFalse();
    }

    @Test
    void rebuildingTheChainGivesTheSameLinks() throws Exception {
        long position = chainedProvider("Acme IT");
        byte[] link = tampering.link(position);

        mvc.perform(post("/admin/projections/audit-chain/rebuild")
                        .header("Authorization", "Bearer " + TestTokens.operator()))
                .andExpect(status().isAccepted());

        await().atMost(CHAINED).until(() -> chainRebuildState().equals("DONE"));
        assertThat(tampering.chainHead()).isGreaterThanOrEqualTo(position);
        assertThat(tampering.link(position)).isEqualTo(link);
        verify().andExpect(jsonPath("$.verified").value(true));
    }

    @Test
    void aKeptHeadNeedsBothPartsAndAHexHash() throws Exception {
        verify("position", "1")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("audit.kept-head-incomplete"));
        verify("position", "1", "hash", "xyz")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("audit.invalid-hash"));
    }

    @Test
    void onlyAuditorsGetIn() throws Exception {
        String user = TestTokens.user(UUID.randomUUID(), "user@example.test");
        for (String path : new String[] {"/audit/verify", "/audit/head", "/audit/keys"}) {
            mvc.perform(get(path).header("Authorization", "Bearer " + user))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("forbidden"));
            mvc.perform(get(path).header("Authorization", "Bearer " + TestTokens.operator()))
                    .andExpect(status().isForbidden());
            mvc.perform(get(path))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("unauthenticated"));
        }
    }

    private String chainRebuildState() throws Exception {
        String projections = mvc.perform(
                        get("/admin/projections").header("Authorization", "Bearer " + TestTokens.operator()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (var projection : new ObjectMapper().readTree(projections).get("data")) {
            if (projection.get("name").asText().equals("audit-chain")) {
                return projection.at("/rebuild/state").asText();
            }
        }
        throw new AssertionError("no audit-chain projection");
    }

    /** Appends a provider's first two events and waits until the chain covers them; answers the first's position. */
    private long chainedProvider(String name) {
        UUID providerId = UUID.randomUUID();
        long last = events.append(
                providerId,
                new ProviderCreated(providerId, name, null, ProviderType.MSP, "billing@acme.test"),
                new ProviderProfileUpdated(providerId, name + " Ltd", null, "billing@acme.test"));
        // A gap just before these events (another test's write that rolled back) settles only when a newer event is
        // read, as it does in a store in use: so while the chain waits, the store keeps moving.
        await().atMost(CHAINED).pollInterval(Duration.ofSeconds(2)).until(() -> {
            if (tampering.chainHead() >= last) {
                return true;
            }
            UUID other = UUID.randomUUID();
            events.append(other, new ProviderCreated(other, "Bystander", null, ProviderType.MSP, "ops@bystander.test"));
            return false;
        });
        return tampering.positionOf(providerId, 0);
    }

    private SignedHead head() throws Exception {
        String body = mvc.perform(get("/audit/head").header("Authorization", "Bearer " + auditor))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readValue(body, SignedHead.class);
    }

    private ResultActions verify(String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = get("/audit/verify").header("Authorization", "Bearer " + auditor);
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request);
    }

    /** The stored JSON with the provider's name changed: still a valid event, only not the one recorded. */
    private static byte[] edited(byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8);
        assertThat(text).contains("Acme IT");
        return text.replace("Acme IT", "Evil IT").getBytes(StandardCharsets.UTF_8);
    }

    /** The same signature over other claims, as a forger without the key would try. */
    private String withPayload(String jws, Map<String, Object> claims) throws Exception {
        String[] parts = jws.split("\\.");
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(claims));
        return parts[0] + "." + payload + "." + parts[2];
    }
}
