package io.providerportal.query.projection;

/**
 * Each projection's processing group, the name its processor, its tokens, its rebuilds and the reads that wait for it
 * go by. Renaming one starts its processor afresh (a new token), so they stay as they are.
 */
public final class ProjectionNames {

    public static final String DASHBOARD = "dashboard";
    public static final String PROVIDER_MEMBERS = "provider-members";
    public static final String PUBLIC_KEYS = "public-keys";
    public static final String ORGANIZATIONS = "organizations";
    public static final String AUDIT_LOG = "audit-log";
    public static final String VAULT_ACCESS = "vault-access";
    public static final String VAULT_ITEMS = "vault-items";
    public static final String BITWARDEN_REVISIONS = "bitwarden-revisions";
    public static final String AUDIT_CHAIN = "audit-chain";

    private ProjectionNames() {}
}
