package io.providerportal.platform.validation;

import java.util.Base64;

/**
 * Checks the shape of client-side encrypted strings without ever decrypting them: type 2 is
 * {@code 2.<iv>|<ciphertext>|<mac>} (AES-256-CBC + HMAC-SHA256), type 4 is {@code 4.<data>} (RSA-OAEP).
 */
public final class EncStrings {

    private EncStrings() {}

    public static boolean isSymmetric(String value) {
        if (value == null || !value.startsWith("2.")) {
            return false;
        }
        String[] parts = value.substring(2).split("\\|", -1);
        if (parts.length != 3) {
            return false;
        }
        byte[] iv = decode(parts[0]);
        byte[] ciphertext = decode(parts[1]);
        byte[] mac = decode(parts[2]);
        return iv != null
                && iv.length == 16
                && ciphertext != null
                && ciphertext.length >= 16
                && ciphertext.length % 16 == 0
                && mac != null
                && mac.length == 32;
    }

    public static boolean isAsymmetric(String value) {
        if (value == null || !value.startsWith("4.")) {
            return false;
        }
        byte[] data = decode(value.substring(2));
        return data != null && data.length >= 128 && data.length <= 1024;
    }

    private static byte[] decode(String base64) {
        if (base64.isEmpty()) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
