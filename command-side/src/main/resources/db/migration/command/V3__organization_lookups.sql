-- Every organization (clients and users' own) with its provider link, and organization members, for the
-- authorization of organization commands.
create table organization_lookup (
    organization_id uuid primary key,
    provider_id     uuid
);
create index organization_lookup_provider on organization_lookup (provider_id);
insert into organization_lookup (organization_id, provider_id) select organization_id, provider_id from client_lookup;
drop table client_lookup;

create table organization_member_lookup (
    organization_user_id uuid primary key,
    organization_id      uuid         not null,
    user_id              uuid,
    email                varchar(256) not null,
    type                 varchar(16)  not null,
    status               varchar(16)  not null,
    -- the Custom permissions, comma-separated
    permissions          varchar(500) not null default ''
);
create index organization_member_lookup_user on organization_member_lookup (user_id, organization_id);
