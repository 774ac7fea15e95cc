package io.providerportal.platform.security;

/** Roles that hold across all tenants; tenant roles (provider admin, owner, ...) are looked up per request. */
public enum SystemRole {
    /** Runs the installation: creates providers, grants system roles. */
    OPERATOR,
    /** Reads and verifies the complete event history. */
    AUDITOR
}
