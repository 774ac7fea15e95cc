-- The policies of every organization, for the rules that weigh another organization's policy (single organization).
create table organization_policy_lookup (
    organization_id uuid        not null,
    type            varchar(64) not null,
    enabled         boolean     not null,
    -- the settings as canonical JSON, or null
    data            text,
    primary key (organization_id, type)
);

-- Lookups are kept by subscribing processors, which never replay: fill this one from the events already stored,
-- the newest of each organization and type deciding.
insert into organization_policy_lookup (organization_id, type, enabled, data)
select distinct on (p ->> 'organizationId', p ->> 'type')
       (p ->> 'organizationId')::uuid, p ->> 'type', (p ->> 'enabled')::boolean, p ->> 'data'
from (select global_index, convert_from(payload, 'UTF8')::jsonb as p
      from domain_event_entry
      where payload_type = 'io.providerportal.events.organization.PolicyUpdated') policy_event
order by p ->> 'organizationId', p ->> 'type', global_index desc;
