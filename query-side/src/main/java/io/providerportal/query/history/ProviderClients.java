package io.providerportal.query.history;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organizations that were clients of a provider at a position of the event store: those whose newest link or
 * unlink up to there links them to it. Read from the stored events, as the stream itself is.
 */
@Component
class ProviderClients {

    private final JdbcClient jdbc;

    ProviderClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<UUID> at(UUID providerId, long position) {
        return new HashSet<>(jdbc.sql("""
                select organization_id from (
                    select aggregate_identifier::uuid as organization_id, payload_type,
                           convert_from(payload, 'UTF8')::jsonb ->> 'providerId' as provider_id,
                           row_number() over (partition by aggregate_identifier order by global_index desc) as newest
                    from domain_event_entry
                    where global_index <= :position
                      and payload_type in ('io.providerportal.events.organization.ClientOrganizationCreated',
                                           'io.providerportal.events.organization.ClientOrganizationAdded',
                                           'io.providerportal.events.organization.ClientOrganizationUnlinked',
                                           'io.providerportal.events.organization.OrganizationDeleted')) link
                where newest = 1 and provider_id = :provider
                  and payload_type not in ('io.providerportal.events.organization.ClientOrganizationUnlinked',
                                           'io.providerportal.events.organization.OrganizationDeleted')
                """)
                .param("position", position)
                .param("provider", providerId.toString())
                .query(UUID.class)
                .list());
    }
}
