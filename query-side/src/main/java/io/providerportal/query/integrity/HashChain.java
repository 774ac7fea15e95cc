package io.providerportal.query.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** link(n) = SHA-256(link(n-1) || canonical bytes of event n); before the first event stands 32 zero bytes. */
final class HashChain {

    static final byte[] GENESIS = new byte[32];

    private static final HexFormat HEX = HexFormat.of();

    private HashChain() {}

    static byte[] next(byte[] previous, byte[] canonicalEvent) {
        MessageDigest sha256 = sha256();
        sha256.update(previous);
        sha256.update(canonicalEvent);
        return sha256.digest();
    }

    static String hex(byte[] link) {
        return HEX.formatHex(link);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
