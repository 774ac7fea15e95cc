package io.providerportal.command.vault;

import io.providerportal.command.organization.BindingPolicies;
import io.providerportal.command.organization.CollectionAccessLookup;
import io.providerportal.command.organization.CollectionGrants;
import io.providerportal.events.organization.PolicyType;
import io.providerportal.events.vault.FolderCreated;
import io.providerportal.events.vault.FolderDeleted;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Command-side lookup of whose folder is whose (subscribing), and the collection grants of the organizations. */
@Component
@ProcessingGroup("vault-lookup")
class VaultLookup implements VaultDirectory {

    private final JdbcClient jdbc;
    private final CollectionAccessLookup collections;
    private final BindingPolicies policies;

    VaultLookup(JdbcClient jdbc, CollectionAccessLookup collections, BindingPolicies policies) {
        this.jdbc = jdbc;
        this.collections = collections;
        this.policies = policies;
    }

    @Override
    public boolean personalItemsRemoved(UUID userId) {
        return policies.binds(userId, PolicyType.ORGANIZATION_DATA_OWNERSHIP);
    }

    @Override
    public CollectionGrants grantsOf(UUID userId, UUID organizationId) {
        return collections.grantsOf(userId, organizationId);
    }

    @Override
    public boolean ownsFolder(UUID userId, UUID folderId) {
        return jdbc.sql("select count(*) from folder_lookup where folder_id = ? and user_id = ?")
                        .params(folderId, userId)
                        .query(Integer.class)
                        .single()
                == 1;
    }

    @EventHandler
    void on(FolderCreated event) {
        jdbc.sql("insert into folder_lookup (folder_id, user_id) values (?, ?)")
                .params(event.folderId(), event.userId())
                .update();
    }

    @EventHandler
    void on(FolderDeleted event) {
        jdbc.sql("delete from folder_lookup where folder_id = ?")
                .param(event.folderId())
                .update();
    }
}
