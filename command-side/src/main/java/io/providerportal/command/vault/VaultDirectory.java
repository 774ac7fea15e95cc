package io.providerportal.command.vault;

import io.providerportal.command.organization.CollectionGrants;
import java.util.UUID;

/** What the vault's aggregates need to know beyond themselves, from the command-side lookups. */
interface VaultDirectory {

    CollectionGrants grantsOf(UUID userId, UUID organizationId);

    boolean ownsFolder(UUID userId, UUID folderId);

    /** Whether the organization data ownership policy of an organization of theirs keeps the user's vault empty. */
    boolean personalItemsRemoved(UUID userId);
}
