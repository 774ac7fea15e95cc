package io.providerportal.events.organization;

/** What a Custom member may do beyond a User (O-06); each is granted one by one. */
public enum CustomPermission {
    ACCESS_EVENT_LOGS,
    ACCESS_IMPORT_EXPORT,
    ACCESS_REPORTS,
    CREATE_NEW_COLLECTIONS,
    EDIT_ANY_COLLECTION,
    DELETE_ANY_COLLECTION,
    MANAGE_GROUPS,
    MANAGE_POLICIES,
    MANAGE_USERS
}
