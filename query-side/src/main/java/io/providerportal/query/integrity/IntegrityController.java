package io.providerportal.query.integrity;

import io.providerportal.platform.web.NotFoundException;
import io.providerportal.query.integrity.ChainTable.Link;
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.web.ReadsFrom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tamper evidence for auditors (the AUDITOR role guards {@code /audit/**}): verify the event log against its hash
 * chain, optionally against a head kept from earlier; take a signed head to keep; fetch the key that signs heads.
 */
@RestController
@ReadsFrom(ProjectionNames.AUDIT_CHAIN)
class IntegrityController {

    private final ChainVerifier verifier;
    private final ChainTable chain;
    private final AuditSigningKey signingKey;
    private final Clock clock;

    IntegrityController(ChainVerifier verifier, ChainTable chain, AuditSigningKey signingKey, Clock clock) {
        this.verifier = verifier;
        this.chain = chain;
        this.signingKey = signingKey;
        this.clock = clock;
    }

    @GetMapping("/audit/verify")
    Verification verify(@RequestParam(required = false) Long position, @RequestParam(required = false) String hash) {
        return verifier.verify(KeptHead.of(position, hash));
    }

    @GetMapping("/audit/head")
    SignedHead head() {
        Link head = chain.head()
                .orElseThrow(() -> new NotFoundException("audit.chain-empty", "No event has been chained yet."));
        // Millisecond precision, so the time reads back the same from JSON and from the signed payload.
        Instant signedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return new SignedHead(
                head.position(),
                head.hex(),
                signedAt,
                signingKey.sign(SignedHead.claims(head.position(), head.hex(), signedAt)));
    }

    @GetMapping("/audit/keys")
    Map<String, Object> keys() {
        return signingKey.publicKeys().toJSONObject();
    }
}
