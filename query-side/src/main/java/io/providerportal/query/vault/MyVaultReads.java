package io.providerportal.query.vault;

import io.providerportal.platform.security.Actor;
import io.providerportal.query.vault.VaultViews.CollectionDetailsView;
import io.providerportal.query.vault.VaultViews.CollectionView;
import io.providerportal.query.vault.VaultViews.FolderView;
import io.providerportal.query.vault.VaultViews.ItemView;
import io.providerportal.query.vault.VaultViews.MembershipView;
import io.providerportal.query.vault.VaultViews.ProfileView;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** My Vault for other API surfaces (Bitwarden's sync): the same reads as {@code GET /vault}, trash included. */
@Component
public class MyVaultReads {

    /**
     * The account as its own client needs it: its keys encrypted on the client and its key derivation (Bitwarden's
     * KDF type code and iterations), as registered.
     */
    public record Account(
            ProfileView profile, String key, String encryptedPrivateKey, Integer kdf, Integer kdfIterations) {}

    private final VaultQueries queries;
    private final ItemQueries items;
    private final OrganizationVaultAccess access;
    private final JdbcClient jdbc;

    MyVaultReads(VaultQueries queries, ItemQueries items, OrganizationVaultAccess access, JdbcClient jdbc) {
        this.queries = queries;
        this.items = items;
        this.access = access;
        this.jdbc = jdbc;
    }

    public Account account(Actor actor) {
        ProfileView profile = queries.profile(actor);
        return jdbc.sql("select key, encrypted_private_key, kdf, kdf_iterations from vault_user where user_id = ?")
                .param(actor.id())
                .query((rs, i) -> new Account(
                        profile,
                        rs.getString("key"),
                        rs.getString("encrypted_private_key"),
                        rs.getObject("kdf", Integer.class),
                        rs.getObject("kdf_iterations", Integer.class)))
                .optional()
                .orElse(new Account(profile, null, null, null, null));
    }

    public List<MembershipView> memberships(UUID userId) {
        return queries.memberships(userId);
    }

    public List<CollectionView> collections(UUID userId) {
        return queries.reachedCollections(userId, null);
    }

    /**
     * An organization's collections with everyone's access, for those who administer its collections; empty for
     * others, who see the collections they reach in {@link #collections}. An outsider is refused (404).
     */
    public List<CollectionDetailsView> administeredCollections(Actor actor, UUID organizationId) {
        access.requireMember(actor, organizationId);
        return access.administersCollections(actor, organizationId)
                ? queries.collectionDetails(organizationId)
                : List.of();
    }

    public List<FolderView> folders(UUID userId) {
        return queries.folders(userId);
    }

    /** Every item the user reaches, those in the trash too. */
    public List<ItemView> items(UUID userId) {
        return Stream.concat(
                        items.myItems(userId, filter(false)).stream(), items.myItems(userId, filter(true)).stream())
                .toList();
    }

    private static ItemFilter filter(boolean trash) {
        return new ItemFilter(null, null, null, null, null, null, null, trash);
    }
}
