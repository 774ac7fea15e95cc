package io.providerportal.platform.security;

/** Names of the claims the portal puts in its access tokens and reads back. */
public final class PortalClaims {

    public static final String EMAIL = "email";
    public static final String NAME = "name";
    public static final String ROLES = "roles";
    public static final String ACTOR_TYPE = "actor_type";
    /** What a portal token is for; resource servers accept only {@link #ACCESS_TOKEN_USE}. */
    public static final String TOKEN_USE = "token_use";

    public static final String ACCESS_TOKEN_USE = "access";

    private PortalClaims() {}
}
