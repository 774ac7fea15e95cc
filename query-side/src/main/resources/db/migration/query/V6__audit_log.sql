-- projection "audit-log": the event log pages of organizations, providers and members (E-01..E-07), plus what the
-- projection needs to know to stamp provider members' actions in client organizations with the provider (E-02).
create table audit_entry (
    event_id             varchar(255) primary key,
    position             bigint       not null,
    code                 integer      not null,
    name                 varchar(60)  not null,
    occurred_at          timestamptz  not null,
    acting_user_id       uuid,
    actor_type           varchar(20),
    ip_address           varchar(64),
    device_type          smallint,
    organization_id      uuid,
    provider_id          uuid,
    user_id              uuid,
    organization_user_id uuid,
    provider_user_id     uuid,
    group_id             uuid,
    collection_id        uuid,
    policy_type          varchar(40)
);
create index audit_entry_organization on audit_entry (organization_id, occurred_at desc, position desc);
create index audit_entry_provider on audit_entry (provider_id, occurred_at desc, position desc);
create index audit_entry_actor on audit_entry (organization_id, acting_user_id, occurred_at desc, position desc);

create table audit_organization (
    organization_id uuid primary key,
    provider_id     uuid
);

create table audit_provider_member (
    provider_user_id uuid primary key,
    provider_id      uuid not null,
    user_id          uuid not null
);
create index audit_provider_member_user on audit_provider_member (provider_id, user_id);

create table audit_organization_member (
    organization_user_id uuid primary key,
    organization_id      uuid not null,
    user_id              uuid not null
);
