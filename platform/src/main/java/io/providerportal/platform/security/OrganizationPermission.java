package io.providerportal.platform.security;

/** What can be done in an organization; {@link OrganizationPolicy} says who may. */
public enum OrganizationPermission {
    /** See the organization's profile. */
    VIEW_ORGANIZATION,
    /** Invite, confirm, update, revoke, restore and remove members; see the member list. */
    MANAGE_USERS,
    /** Create, rename and delete groups; set their members and access. */
    MANAGE_GROUPS,
    /** Read and change policies. */
    MANAGE_POLICIES,
    /** Read the organization's event log. */
    ACCESS_EVENT_LOGS,
    /** Delete the organization with its vault. */
    DELETE_ORGANIZATION
}
