package io.providerportal.query.dashboard;

import io.providerportal.platform.web.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Where the next page starts: the last row's sort value and id, plus the sort it belongs to, so a token cannot
 * be replayed against a different ordering. Opaque to clients.
 */
record ContinuationToken(ClientSort sort, boolean descending, String value, UUID lastId) {

    String encode() {
        String raw = String.join("\n", sort.name(), Boolean.toString(descending), value, lastId.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static ContinuationToken decode(String token, ClientSort sort, boolean descending) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
            ContinuationToken decoded = new ContinuationToken(
                    ClientSort.valueOf(parts[0]), Boolean.parseBoolean(parts[1]), parts[2], UUID.fromString(parts[3]));
            if (decoded.sort != sort || decoded.descending != descending) {
                throw invalid();
            }
            sort.parse.apply(decoded.value);
            return decoded;
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    private static InvalidRequestException invalid() {
        return new InvalidRequestException(
                "invalid-continuation-token",
                "continuationToken",
                "does not belong to this listing; start again without it");
    }
}
