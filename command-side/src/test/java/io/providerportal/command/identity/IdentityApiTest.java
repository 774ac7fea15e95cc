package io.providerportal.command.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.providerportal.client.ClientAccount;
import io.providerportal.client.ClientCrypto;
import io.providerportal.platform.test.PortalTestClient;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IdentityApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JwtDecoder jwtDecoder;

    PortalTestClient api;

    @BeforeEach
    void setUp() {
        api = new PortalTestClient(mvc);
    }

    @Test
    void aRegisteredUserLogsInAndGetsWhatAClientNeedsToUnlockItsVault() throws Exception {
        // given
        ClientAccount alice = api.register("Alice");

        // when
        JsonNode token = api.body(
                api.passwordGrant(alice.email(), alice.masterPasswordHash()).andExpect(status().isOk()));

        // then
        assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.get("expires_in").asLong()).isEqualTo(3600);
        assertThat(token.get("refresh_token").asText()).isNotBlank();
        assertThat(token.get("Key").asText()).isEqualTo(alice.protectedUserKey());
        assertThat(token.get("Kdf").asInt()).isZero();
        assertThat(token.get("KdfIterations").asInt()).isEqualTo(PortalTestClient.KDF_ITERATIONS);
        assertThat(token.at("/AccountKeys/publicKeyEncryptionKeyPair/publicKey").asText())
                .isEqualTo(alice.publicKey());
        assertThat(token.at("/AccountKeys/publicKeyEncryptionKeyPair/wrappedPrivateKey")
                        .asText())
                .isEqualTo(alice.encryptedPrivateKey());
        assertThat(token.at("/UserDecryptionOptions/HasMasterPassword").asBoolean())
                .isTrue();
        // the user key the server hands back unlocks with the master key derived on the client
        byte[] masterKey = ClientCrypto.masterKey(alice.email(), alice.password(), PortalTestClient.KDF_ITERATIONS);
        assertThat(ClientCrypto.decrypt(
                        ClientCrypto.stretch(masterKey), token.get("Key").asText()))
                .isEqualTo(alice.userKey().toBytes());
        Jwt jwt = jwtDecoder.decode(token.get("access_token").asText());
        assertThat(jwt.getClaimAsString("email")).isEqualTo(alice.email());
        assertThat(jwt.getExpiresAt()).isNotNull();
        assertThat(UUID.fromString(jwt.getSubject())).isNotNull();
    }

    @Test
    void preloginTellsTheAccountsKdfSettingsAndDefaultsForUnknownEmails() throws Exception {
        ClientAccount bob = api.register("Bob");

        prelogin(bob.email().toUpperCase())
                .andExpect(jsonPath("$.kdf").value(0))
                .andExpect(jsonPath("$.kdfIterations").value(PortalTestClient.KDF_ITERATIONS))
                .andExpect(jsonPath("$.kdfSettings.iterations").value(PortalTestClient.KDF_ITERATIONS))
                .andExpect(jsonPath("$.salt").value(bob.email()));
        prelogin("nobody-" + UUID.randomUUID() + "@example.test")
                .andExpect(jsonPath("$.kdfIterations").value(5000));
    }

    @Test
    void aWrongPasswordIsAnInvalidGrant() throws Exception {
        ClientAccount carol = api.register("Carol");

        api.passwordGrant(carol.email(), "d3Jvbmc=")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_grant"))
                .andExpect(jsonPath("$.ErrorModel.Message").exists());
        api.passwordGrant("nobody-" + UUID.randomUUID() + "@example.test", carol.masterPasswordHash())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_grant"));
    }

    @Test
    void refreshTokensRotateAndCanBeRevoked() throws Exception {
        ClientAccount dave = api.register("Dave");
        String first = api.body(api.passwordGrant(dave.email(), dave.masterPasswordHash()))
                .get("refresh_token")
                .asText();

        JsonNode refreshed = api.body(refresh(first).andExpect(status().isOk()));
        String second = refreshed.get("refresh_token").asText();
        assertThat(refreshed.get("Key").asText()).isEqualTo(dave.protectedUserKey());
        assertThat(second).isNotEqualTo(first);

        refresh(first)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_grant"));

        mvc.perform(post("/identity/connect/revocation")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("token", second))
                .andExpect(status().isOk());
        refresh(second)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_grant"));
    }

    @Test
    void aSpentRefreshTokenPresentedAgainEndsTheWholeLogin() throws Exception {
        ClientAccount erin = api.register("Erin");
        String stolen = api.body(api.passwordGrant(erin.email(), erin.masterPasswordHash()))
                .get("refresh_token")
                .asText();
        String current = api.body(refresh(stolen).andExpect(status().isOk()))
                .get("refresh_token")
                .asText();
        String otherLogin = api.body(api.passwordGrant(erin.email(), erin.masterPasswordHash()))
                .get("refresh_token")
                .asText();

        refresh(stolen)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_grant"));

        refresh(current).andExpect(status().isBadRequest());
        refresh(otherLogin).andExpect(status().isOk());
    }

    @Test
    void theOperatorClientGetsAnOperatorToken() throws Exception {
        Jwt jwt = jwtDecoder.decode(api.operatorToken());
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("OPERATOR");

        mvc.perform(post("/identity/connect/token")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "client_credentials")
                        .param("client_id", PortalTestClient.OPERATOR_ID)
                        .param("client_secret", "wrong"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("invalid_client"));
    }

    @Test
    void theSigningKeyIsPublished() throws Exception {
        mvc.perform(get("/identity/.well-known/jwks"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.keys[0].kty").value("RSA"))
                .andExpect(jsonPath("$.keys[0].d").doesNotExist());
    }

    @Test
    void aWeakKdfIsRefusedAndNothingIsWritten() throws Exception {
        ClientAccount weak = ClientAccount.create("weak-" + UUID.randomUUID() + "@example.test", "Weak", "pw", 1000);

        register(weak.registrationJson())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("kdf-too-weak"))
                .andExpect(jsonPath("$.errors[0].field").value("kdfIterations"));
        assertThat(countUsers(weak.email())).isZero();
    }

    @Test
    void plaintextKeysAreRefusedWithTheirField() throws Exception {
        ClientAccount eve = ClientAccount.create("eve-" + UUID.randomUUID() + "@example.test", "Eve", "pw", 5000);
        String body = eve.registrationJson().replace(eve.protectedUserKey(), "my secret key");

        register(body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("key"))
                .andExpect(
                        jsonPath("$.errors[0].reason").value("must be an encrypted string (EncString), not plaintext"));
        assertThat(countUsers(eve.email())).isZero();
    }

    @Test
    void anEmailRegistersOnce() throws Exception {
        ClientAccount frank = api.register("Frank");
        ClientAccount again = ClientAccount.create(frank.email().toUpperCase(), "Frank", "other", 5000);

        register(again.registrationJson())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("email-taken"));
    }

    @Test
    void theMasterPasswordHashIsNeitherInEventsNorStoredAsIs() throws Exception {
        ClientAccount grace = api.register("Grace");
        String userId = jwtDecoder.decode(api.login(grace)).getSubject();

        String events = jdbc.sql("select string_agg(convert_from(payload, 'UTF8') || coalesce(convert_from(meta_data, "
                        + "'UTF8'), ''), '') from domain_event_entry where aggregate_identifier = ?")
                .param(userId)
                .query(String.class)
                .single();
        assertThat(events).contains(grace.email()).doesNotContain(grace.masterPasswordHash());
        String stored = jdbc.sql("select password_hash from credential where user_id = ?::uuid")
                .param(userId)
                .query(String.class)
                .single();
        assertThat(stored).isNotEqualTo(grace.masterPasswordHash()).doesNotContain(grace.masterPasswordHash());
    }

    private ResultActions register(String json) throws Exception {
        return mvc.perform(post("/identity/accounts/register")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private ResultActions prelogin(String email) throws Exception {
        return mvc.perform(post("/identity/accounts/prelogin/password")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(new com.fasterxml.jackson.databind.ObjectMapper()
                                .writeValueAsString(Map.of("email", email))))
                .andExpect(status().isOk());
    }

    private ResultActions refresh(String token) throws Exception {
        return mvc.perform(post("/identity/connect/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("grant_type", "refresh_token")
                .param("refresh_token", token));
    }

    private int countUsers(String email) {
        return jdbc.sql("select count(*) from identity_user where email = ?")
                .param(email)
                .query(Integer.class)
                .single();
    }
}
