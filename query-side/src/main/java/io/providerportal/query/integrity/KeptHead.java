package io.providerportal.query.integrity;

import io.providerportal.platform.web.InvalidRequestException;
import java.util.HexFormat;
import java.util.Optional;

/** A head an auditor kept from earlier: the link the event at {@code position} had then. */
record KeptHead(long position, byte[] hash) {

    /** Both parameters or neither. */
    static Optional<KeptHead> of(Long position, String hash) {
        if (position == null && hash == null) {
            return Optional.empty();
        }
        if (position == null || hash == null) {
            throw new InvalidRequestException(
                    "audit.kept-head-incomplete",
                    position == null ? "position" : "hash",
                    "position and hash go together");
        }
        if (!hash.matches("[0-9a-fA-F]{64}")) {
            throw new InvalidRequestException("audit.invalid-hash", "hash", "must be 64 hexadecimal digits");
        }
        return Optional.of(new KeptHead(position, HexFormat.of().parseHex(hash)));
    }
}
