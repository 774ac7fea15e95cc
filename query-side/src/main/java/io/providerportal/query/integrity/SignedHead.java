package io.providerportal.query.integrity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The chain's head as an auditor keeps it: {@code signature} is a compact JWS (RS256) whose payload is
 * {@code {"position", "hash", "signedAt"}}, the same values as the fields beside it.
 */
record SignedHead(long position, String hash, Instant signedAt, String signature) {

    static Map<String, Object> claims(long position, String hash, Instant signedAt) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("position", position);
        claims.put("hash", hash);
        claims.put("signedAt", signedAt.toString());
        return claims;
    }

    /** Whether one of the keys signed exactly this position, hash and time; what any JOSE library can check. */
    public static boolean verify(SignedHead head, JWKSet keys) {
        try {
            JWSObject jws = JWSObject.parse(head.signature());
            JWK key = keys.getKeyByKeyId(jws.getHeader().getKeyID());
            if (!JWSAlgorithm.RS256.equals(jws.getHeader().getAlgorithm())
                    || !(key instanceof RSAKey rsa)
                    || !jws.verify(new RSASSAVerifier(rsa))) {
                return false;
            }
            Map<String, Object> signed = jws.getPayload().toJSONObject();
            return head.position() == JSONObjectUtils.getLong(signed, "position")
                    && Objects.equals(head.hash(), JSONObjectUtils.getString(signed, "hash"))
                    && Instant.parse(JSONObjectUtils.getString(signed, "signedAt"))
                            .equals(head.signedAt());
        } catch (ParseException | JOSEException | DateTimeParseException e) {
            return false;
        }
    }
}
