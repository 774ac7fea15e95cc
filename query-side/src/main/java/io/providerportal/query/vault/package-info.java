/**
 * The vault as each user may see it: My Vault, one item, an organization's admin vault and collections, folders;
 * who reaches which collection is precomputed from members, groups and access rows.
 */
package io.providerportal.query.vault;
