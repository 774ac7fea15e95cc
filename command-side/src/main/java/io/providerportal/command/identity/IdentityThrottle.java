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

    /** Counts the request against its address; answers how long to wait if the address or account is over. */
    Optional<Duration> admit(String address, String account) {
        Optional<Duration> addressWait = requestsPerAddress.blockedFor(address, clock.instant());
        if (addressWait.isPresent()) {
            return addressWait;
        }
        requestsPerAddress.record(address, clock.instant());
        return account == null ? Optional.empty() : failedLogins.blockedFor(normalize(account), clock.instant());
    }

    void loginFailed(String account) {
        failedLogins.record(normalize(account), clock.instant());
    }

    private static String normalize(String account) {
        return account.trim().toLowerCase(Locale.ROOT);
    }
}
