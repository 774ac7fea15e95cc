package io.providerportal.events.identity;

/** Key derivation function the client uses to derive the master key; the numeric codes are Bitwarden's. */
public enum KdfType {
    PBKDF2_SHA256(0),
    ARGON2ID(1);

    private final int code;

    KdfType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static KdfType ofCode(int code) {
        for (KdfType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown KDF type " + code);
    }
}
