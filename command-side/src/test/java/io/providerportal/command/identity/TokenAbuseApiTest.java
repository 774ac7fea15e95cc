package io.providerportal.command.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.providerportal.client.ClientAccount;
import io.providerportal.platform.security.PortalClaims;
import io.providerportal.platform.security.PortalSecurityProperties;
import io.providerportal.platform.test.PortalTestClient;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Abuse of identity beyond password guessing: tokens that are not the portal's own valid access tokens get 401,
 * and one client address flooding the token and registration endpoints is slowed down (a low limit here).
 */
@SpringBootTest(properties = "portal.identity.throttle.requests-per-address=5")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TokenAbuseApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedTokens portalKey;

    @Autowired
    PortalSecurityProperties security;

    @Test
    void forgedExpiredForeignAndMisusedTokensGet401() throws Exception {
        PortalTestClient api = new PortalTestClient(mvc);
        ClientAccount user = api.register("Holder");
        String token = api.login(user);
        String[] parts = token.split("\\.");
        String subject = payloadSubject(parts[1]);
        String tamperedClaims = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(new String(Base64.getUrlDecoder().decode(parts[1]))
                        .replace(subject, UUID.randomUUID().toString())
                        .getBytes());

        List<String> refused = List.of(
                parts[0] + "." + tamperedClaims + "." + parts[2],
                parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 4) + "AAAA",
                signedByAnotherKey(subject),
                portalKey.sign(
                        PortalClaims.ACCESS_TOKEN_USE,
                        claims(subject)
                                .issuedAt(Instant.now().minusSeconds(3600))
                                .notBefore(Instant.now().minusSeconds(3600))
                                .expiresAt(Instant.now().minusSeconds(60))),
                portalKey.sign("invitation", claims(subject)),
                "not-a-token");
        for (String bad : refused) {
            mvc.perform(put("/items/trash")
                            .header("Authorization", "Bearer " + bad)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"ids\":[]}"))
                    .andExpect(status().isUnauthorized());
            mvc.perform(post("/folders")
                            .header("Authorization", "Bearer " + bad)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/folders")
                        .header(
                                "Authorization",
                                "Bearer " + portalKey.sign(PortalClaims.ACCESS_TOKEN_USE, claims(subject)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void oneAddressFloodingRegistrationAndTokensWaitsWhileOthersGoOn() throws Exception {
        String flooder = "198.51.100.7";
        for (int request = 0; request < 5; request++) {
            register(flooder).andExpect(status().isCreated());
        }
        register(flooder)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.status").value(429));
        mvc.perform(post("/identity/connect/token")
                        .with(from(flooder))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "password")
                        .param("username", "x@example.test")
                        .param("password", "x"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.error").value("invalid_grant"));
        register("198.51.100.8").andExpect(status().isCreated());
    }

    private ResultActions register(String address) throws Exception {
        ClientAccount account = ClientAccount.create(
                "flood-" + UUID.randomUUID() + "@example.test",
                "Flood",
                "a password that floods",
                PortalTestClient.KDF_ITERATIONS);
        return mvc.perform(post("/identity/accounts/register")
                .with(from(address))
                .contentType(MediaType.APPLICATION_JSON)
                .content(account.registrationJson()));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private JwtClaimsSet.Builder claims(String subject) {
        Instant now = Instant.now();
        return JwtClaimsSet.builder()
                .issuer(security.issuer())
                .subject(subject)
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plusSeconds(300))
                .claim(PortalClaims.ACTOR_TYPE, "USER")
                .claim(PortalClaims.ROLES, List.of())
                .claim("scope", "api");
    }

    private String signedByAnotherKey(String subject) throws Exception {
        RSAKey other = new RSAKeyGenerator(2048).keyID("portal").generate();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(other.getKeyID())
                        .build(),
                new JWTClaimsSet.Builder()
                        .issuer(security.issuer())
                        .subject(subject)
                        .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                        .claim(PortalClaims.TOKEN_USE, PortalClaims.ACCESS_TOKEN_USE)
                        .build());
        jwt.sign(new RSASSASigner(other));
        return jwt.serialize();
    }

    private static String payloadSubject(String payload) {
        String json = new String(Base64.getUrlDecoder().decode(payload));
        return json.replaceAll(".*\"sub\":\"([^\"]+)\".*", "$1");
    }
}
