package io.providerportal.events.organization;

/** The organization policies the portal enforces settings for; names follow Bitwarden's PolicyType. */
public enum PolicyType {
    TWO_FACTOR_AUTHENTICATION,
    MASTER_PASSWORD,
    PASSWORD_GENERATOR,
    SINGLE_ORG,
    DISABLE_PERSONAL_VAULT_EXPORT,
    MAXIMUM_VAULT_TIMEOUT
}
