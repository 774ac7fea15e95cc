package io.providerportal.events.organization;

/**
 * The organization policies the portal enforces settings for; names follow Bitwarden's PolicyType, and each
 * carries Bitwarden's number for it, which Bitwarden clients read.
 */
public enum PolicyType {
    TWO_FACTOR_AUTHENTICATION(0),
    MASTER_PASSWORD(1),
    PASSWORD_GENERATOR(2),
    SINGLE_ORG(3),
    DISABLE_PERSONAL_VAULT_EXPORT(10),
    MAXIMUM_VAULT_TIMEOUT(9),
    /** No items in a personal vault: what members save belongs to the organization (Bitwarden's number 5). */
    ORGANIZATION_DATA_OWNERSHIP(5),
    /** Clients turn autofill on page load on for members. */
    ACTIVATE_AUTOFILL(11),
    /** Clients offer members no unlock with a PIN. */
    REMOVE_UNLOCK_WITH_PIN(14);

    private final int bitwardenType;

    PolicyType(int bitwardenType) {
        this.bitwardenType = bitwardenType;
    }

    public int bitwardenType() {
        return bitwardenType;
    }
}
