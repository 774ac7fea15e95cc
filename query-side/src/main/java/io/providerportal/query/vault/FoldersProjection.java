package io.providerportal.query.vault;

import io.providerportal.events.identity.UserRegistered;
import io.providerportal.events.vault.FolderCreated;
import io.providerportal.events.vault.FolderDeleted;
import io.providerportal.events.vault.FolderRenamed;
import io.providerportal.query.projection.ProjectionNames;
import io.providerportal.query.projection.ReadModel;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The user's own part of projection {@value ProjectionNames#VAULT_ITEMS}: folders (names are EncStrings under the
 * user's key) and the profile My Vault starts with.
 */
@Component
@ReadModel(tables = {"vault_folder", "vault_folder_removed", "vault_user"})
@ProcessingGroup(ProjectionNames.VAULT_ITEMS)
class FoldersProjection {

    private final JdbcClient jdbc;

    FoldersProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(UserRegistered event) {
        jdbc.sql("""
                insert into vault_user (user_id, email, name, key, encrypted_private_key, kdf, kdf_iterations)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (user_id) do nothing
                """)
                .params(
                        event.userId(),
                        event.email(),
                        event.name(),
                        event.key(),
                        event.encryptedPrivateKey(),
                        event.kdf().code(),
                        event.kdfIterations())
                .update();
    }

    @EventHandler
    void on(FolderCreated event) {
        jdbc.sql("""
                insert into vault_folder (folder_id, user_id, name) values (?, ?, ?)
                on conflict (folder_id) do nothing
                """).params(event.folderId(), event.userId(), event.name()).update();
    }

    @EventHandler
    void on(FolderRenamed event) {
        jdbc.sql("""
                update vault_folder set name = ?, revision = vault_revision() where folder_id = ? and user_id = ?
                """).params(event.name(), event.folderId(), event.userId()).update();
    }

    @EventHandler
    void on(FolderDeleted event) {
        jdbc.sql("""
                with gone as (delete from vault_folder where folder_id = ? and user_id = ? returning folder_id, user_id)
                insert into vault_folder_removed (folder_id, user_id) select folder_id, user_id from gone
                on conflict (folder_id) do update set revision = excluded.revision
                """).params(event.folderId(), event.userId()).update();
    }
}
