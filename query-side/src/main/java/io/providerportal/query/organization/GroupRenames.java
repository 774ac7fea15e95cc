package io.providerportal.query.organization;

import io.providerportal.query.projection.BatchedWrites;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The group renames of a batch of events, written with one statement when it commits: a group's last name wins. */
@Component
class GroupRenames {

    private record Rename(UUID groupId, String name) {
    }

    private final JdbcClient jdbc;
    private final BatchedWrites.Batch<Rename> batch;

    GroupRenames(JdbcClient jdbc, BatchedWrites batches) {
        this.jdbc = jdbc;
        this.batch = batches.batch(OrganizationsProjection.class, "org_group.name", this::rename);
    }

    void add(UUID groupId, String name) {
        batch.add(new Rename(groupId, name));
    }

    /** Writes the renames kept so far, before another statement on the groups. */
    void flush() {
        batch.flush();
    }

    private void rename(List<Rename> renames) {
        Map<UUID, String> last = new LinkedHashMap<>();
        renames.forEach(rename -> last.put(rename.groupId(), rename.name()));
        jdbc.sql("""
                update org_group g set name = r.name
                from unnest(?::text[], ?::text[]) as r(group_id, name)
                where g.group_id = r.group_id::uuid
                """)
                .params(last.keySet().stream().map(UUID::toString).toArray(String[]::new),
                        last.values().toArray(String[]::new))
                .update();
    }
}
