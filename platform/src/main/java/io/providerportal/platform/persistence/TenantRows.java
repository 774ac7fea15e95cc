package io.providerportal.platform.persistence;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a deleted organization or provider leaves in a projection's or a lookup's tables. */
public final class TenantRows {

    private TenantRows() {}

    /**
     * Runs each delete, in order, with the tenant's id as its one parameter: a later statement may find its rows
     * through a table an earlier one has not emptied yet, so order them from the leaves to the tenant's own row.
     */
    public static void delete(JdbcClient jdbc, UUID tenantId, String... deletes) {
        for (String delete : deletes) {
            jdbc.sql(delete).param(tenantId).update();
        }
    }
}
