package io.providerportal.events.organization;

/** An organization member's role; the numeric codes are Bitwarden's. */
public enum OrganizationUserType {
    OWNER(0),
    ADMIN(1),
    USER(2),
    CUSTOM(4);

    private final int code;

    OrganizationUserType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
