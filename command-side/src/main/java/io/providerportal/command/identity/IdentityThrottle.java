package io.providerportal.command.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing and account flooding at the identity endpoints: failed password logins per account,
 * and all token and registration requests per client address. Counted in this process only: each instance of the
 * command side limits on its own (docs/operations.md).
 */
@Component
class IdentityThrottle {

    private final Clock clock;
    private final AttemptWindows failedLogins;
    private final AttemptWindows requestsPerAddress;

    IdentityThrottle(Clock clock, IdentityProperties properties) {
        this.clock = clock;
        IdentityProperties.Throttle throttle = properties.throttle();
        this.failedLogins = new AttemptWindows(throttle.failedLoginsPerAccount(), throttle.failedLoginWindow());
        this.requestsPerAddress = new AttemptWindows(throttle.requestsPerAddress(), throttle.addressWindow());
    }

    /**
     * Counts the request against its address; answers the seconds to wait (for {@code Retry-After}, at least 1) if
     * the address or the account is over its limit.
     */
    Optional<Long> admit(String address, String account) {
        Optional<Duration> wait = requestsPerAddress.blockedFor(address, clock.instant());
        if (wait.isEmpty()) {
            requestsPerAddress.record(address, clock.instant());
            wait = account == null ? Optional.empty() : failedLogins.blockedFor(normalize(account), clock.instant());
        }
        return wait.map(duration -> Math.max(1, duration.toSeconds()));
    }

    void loginFailed(String account) {
        failedLogins.record(normalize(account), clock.instant());
    }

    private static String normalize(String account) {
        return account.trim().toLowerCase(Locale.ROOT);
    }
}
