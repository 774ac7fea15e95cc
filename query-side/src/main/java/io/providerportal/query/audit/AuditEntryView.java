package io.providerportal.query.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** One event-log entry as clients see it (Bitwarden's field names where they exist). */
record AuditEntryView(
        int type,
        String name,
        Instant date,
        UUID actingUserId,
        String actorType,
        String ipAddress,
        Integer deviceType,
        UUID organizationId,
        UUID providerId,
        UUID userId,
        UUID organizationUserId,
        UUID providerUserId,
        UUID groupId,
        UUID collectionId,
        String policyType,
        UUID itemId,
        long position) {

    static final String CSV_HEADER = "type,name,date,actingUserId,actorType,ipAddress,deviceType,organizationId,"
            + "providerId,userId,organizationUserId,providerUserId,groupId,collectionId,policyType,itemId";

    static AuditEntryView of(ResultSet rs) throws SQLException {
        return new AuditEntryView(
                rs.getInt("code"),
                rs.getString("name"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("acting_user_id", UUID.class),
                rs.getString("actor_type"),
                rs.getString("ip_address"),
                (Integer) rs.getObject("device_type", Integer.class),
                rs.getObject("organization_id", UUID.class),
                rs.getObject("provider_id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getObject("organization_user_id", UUID.class),
                rs.getObject("provider_user_id", UUID.class),
                rs.getObject("group_id", UUID.class),
                rs.getObject("collection_id", UUID.class),
                rs.getString("policy_type"),
                rs.getObject("item_id", UUID.class),
                rs.getLong("position"));
    }

    /** Every value is an id, a code, a timestamp or an address: none holds a comma or a quote. */
    String csv() {
        Object[] values = {
            type,
            name,
            date,
            actingUserId,
            actorType,
            ipAddress,
            deviceType,
            organizationId,
            providerId,
            userId,
            organizationUserId,
            providerUserId,
            groupId,
            collectionId,
            policyType,
            itemId
        };
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            line.append(i == 0 ? "" : ",").append(values[i] == null ? "" : values[i]);
        }
        return line.toString();
    }
}
