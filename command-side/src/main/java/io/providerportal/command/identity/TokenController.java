package io.providerportal.command.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.providerportal.platform.security.ActorType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OAuth2 token endpoint, shaped as Bitwarden clients expect: {@code password}, {@code refresh_token} and
 * {@code client_credentials} grants. Its errors follow RFC 6749 ({@code error}, {@code error_description}) plus
 * Bitwarden's {@code ErrorModel}, because that is what OAuth2 and Bitwarden clients parse here.
 */
@RestController
@RequestMapping("/identity/connect")
class TokenController {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("expires_in") long expiresIn,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("scope") String scope,
            @JsonProperty("Key") String key,
            @JsonProperty("PrivateKey") String privateKey,
            @JsonProperty("Kdf") Integer kdf,
            @JsonProperty("KdfIterations") Integer kdfIterations,
            @JsonProperty("ForcePasswordReset") Boolean forcePasswordReset,
            @JsonProperty("ResetMasterPassword") Boolean resetMasterPassword,
            @JsonProperty("AccountKeys") Map<String, Object> accountKeys,
            @JsonProperty("UserDecryptionOptions") Map<String, Object> userDecryptionOptions) {}

    private final UserDirectory directory;
    private final Credentials credentials;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final OpsClients opsClients;
    private final IdentityThrottle throttle;

    TokenController(
            UserDirectory directory,
            Credentials credentials,
            AccessTokens accessTokens,
            RefreshTokens refreshTokens,
            OpsClients opsClients,
            IdentityThrottle throttle) {
        this.directory = directory;
        this.credentials = credentials;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.opsClients = opsClients;
        this.throttle = throttle;
    }

    @PostMapping(path = "/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<?> token(@RequestBody MultiValueMap<String, String> form, HttpServletRequest request) {
        String grantType = Optional.ofNullable(form.getFirst("grant_type")).orElse("");
        Optional<Long> wait = throttle.admit(
                request.getRemoteAddr(), grantType.equals("password") ? form.getFirst("username") : null);
        if (wait.isPresent()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, wait.get().toString())
                    .body(error(
                                    HttpStatus.TOO_MANY_REQUESTS,
                                    "invalid_grant",
                                    "Too many attempts. Try again in " + wait.get() + " seconds.")
                            .getBody());
        }
        return switch (grantType) {
            case "password" -> password(form.getFirst("username"), form.getFirst("password"));
            case "refresh_token" -> refresh(form.getFirst("refresh_token"));
            case "client_credentials" -> clientCredentials(form.getFirst("client_id"), form.getFirst("client_secret"));
            default -> error(HttpStatus.BAD_REQUEST, "unsupported_grant_type", "Unsupported grant type.");
        };
    }

    @PostMapping(path = "/revocation", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> revoke(@RequestBody MultiValueMap<String, String> form) {
        Optional.ofNullable(form.getFirst("token")).ifPresent(refreshTokens::revoke);
        return ResponseEntity.ok().build();
    }

    private ResponseEntity<?> password(String username, String masterPasswordHash) {
        if (username == null || masterPasswordHash == null) {
            return error(HttpStatus.BAD_REQUEST, "invalid_request", "username and password are required.");
        }
        Optional<DirectoryUser> user =
                directory.findByEmail(username).filter(u -> credentials.matches(u.userId(), masterPasswordHash));
        if (user.isEmpty()) {
            throttle.loginFailed(username);
            return error(HttpStatus.BAD_REQUEST, "invalid_grant", "Username or password is incorrect. Try again.");
        }
        return ResponseEntity.ok(
                userTokens(user.get(), refreshTokens.issue(user.get().userId())));
    }

    private ResponseEntity<?> refresh(String refreshToken) {
        Optional<RefreshTokens.Redeemed> redeemed =
                Optional.ofNullable(refreshToken).flatMap(refreshTokens::redeem);
        return redeemed.flatMap(r -> directory
                        .findById(r.userId())
                        .<ResponseEntity<?>>map(
                                u -> ResponseEntity.ok(userTokens(u, refreshTokens.issue(u.userId(), r.familyId())))))
                .orElseGet(() -> error(HttpStatus.BAD_REQUEST, "invalid_grant", "The refresh token is not valid."));
    }

    private ResponseEntity<?> clientCredentials(String clientId, String secret) {
        if (clientId == null || secret == null) {
            return error(HttpStatus.UNAUTHORIZED, "invalid_client", "Client authentication failed.");
        }
        return opsClients
                .authenticate(clientId, secret)
                .<ResponseEntity<?>>map(client -> ResponseEntity.ok(new TokenResponse(
                        accessTokens.issue(
                                client.id(), null, client.clientId(), ActorType.SERVICE_CLIENT, List.of(client.role())),
                        accessTokens.lifetimeSeconds(),
                        "Bearer",
                        null,
                        "api",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
                .orElseGet(() -> error(HttpStatus.UNAUTHORIZED, "invalid_client", "Client authentication failed."));
    }

    private TokenResponse userTokens(DirectoryUser user, String refreshToken) {
        return new TokenResponse(
                accessTokens.issue(user.userId(), user.email(), user.name(), ActorType.USER, user.roles()),
                accessTokens.lifetimeSeconds(),
                "Bearer",
                refreshToken,
                "api offline_access",
                user.key(),
                user.encryptedPrivateKey(),
                user.kdf(),
                user.kdfIterations(),
                false,
                false,
                Map.of(
                        "publicKeyEncryptionKeyPair",
                        Map.of("publicKey", user.publicKey(), "wrappedPrivateKey", user.encryptedPrivateKey())),
                Map.of(
                        "HasMasterPassword",
                        true,
                        "Object",
                        "userDecryptionOptions",
                        // what newer Bitwarden clients unlock with: the KDF, the salt and the wrapped user key
                        "MasterPasswordUnlock",
                        Map.of(
                                "Kdf", Map.of("KdfType", user.kdf(), "Iterations", user.kdfIterations()),
                                "MasterKeyEncryptedUserKey", user.key(),
                                "Salt", UserDirectory.normalize(user.email()))));
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String error, String description) {
        return ResponseEntity.status(status)
                .body(Map.of(
                        "error", error,
                        "error_description", description,
                        "ErrorModel", Map.of("Message", description, "Object", "error")));
    }
}
