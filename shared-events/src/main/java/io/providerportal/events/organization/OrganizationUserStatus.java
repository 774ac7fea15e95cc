package io.providerportal.events.organization;

/** Where an organization member stands; the numeric codes are Bitwarden's. */
public enum OrganizationUserStatus {
    REVOKED(-1),
    INVITED(0),
    ACCEPTED(1),
    CONFIRMED(2);

    private final int code;

    OrganizationUserStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Invited, accepted and confirmed members take a seat; revoked ones do not (O-14). */
    public boolean takesSeat() {
        return this != REVOKED;
    }
}
