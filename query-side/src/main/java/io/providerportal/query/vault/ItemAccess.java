package io.providerportal.query.vault;

/**
 * How much of an organization's admin vault the caller gets (V-14, C-08): every item, only the items of
 * collections they reach plus the unassigned ones, or every item without its contents.
 */
enum ItemAccess {
    EVERY_ITEM,
    ASSIGNED_AND_UNASSIGNED,
    METADATA_ONLY
}
