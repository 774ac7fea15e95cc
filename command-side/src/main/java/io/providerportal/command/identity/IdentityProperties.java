package io.providerportal.command.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Identity settings.
 *
 * @param minimumKdfIterations  the least PBKDF2 work a client must do to derive its master key
 * @param credentialHashIterations server-side PBKDF2 iterations over the client's master password hash
 * @param operator              the ops client created on first start; required, so no installation runs without one
 */
@Validated
@ConfigurationProperties("portal.identity")
record IdentityProperties(
        @DefaultValue("600000") @Min(5000) int minimumKdfIterations,
        @DefaultValue("310000") @Min(1000) int credentialHashIterations,
        @DefaultValue("PT1H") Duration accessTokenLifetime,
        @DefaultValue("P30D") Duration refreshTokenLifetime,
        @NotNull @Valid OperatorClient operator,
        @DefaultValue @Valid Throttle throttle) {

    /**
     * @param failedLoginsPerAccount wrong passwords an account takes in {@code failedLoginWindow} before its logins
     *                               wait (429) until the oldest leaves the window
     * @param requestsPerAddress     token and registration requests one client address makes in {@code addressWindow}
     */
    record Throttle(
            @DefaultValue("10") @Min(1) int failedLoginsPerAccount,
            @DefaultValue("PT15M") Duration failedLoginWindow,
            @DefaultValue("120") @Min(1) int requestsPerAddress,
            @DefaultValue("PT1M") Duration addressWindow) {}

    /** An ops client that authenticates with {@code client_credentials} and holds the operator role. */
    record OperatorClient(
            @NotBlank String clientId, @NotBlank String clientSecret) {}
}
