-- projection "organizations": each organization, its members with their collections, and member names.
create table org_view (
    organization_id uuid primary key,
    provider_id     uuid,
    name            varchar(50)  not null,
    plan            varchar(16)  not null,
    seats           integer      not null,
    billing_email   varchar(256) not null,
    enabled         boolean      not null,
    created_at      timestamptz  not null
);

create table org_member_view (
    organization_user_id uuid primary key,
    organization_id      uuid         not null,
    user_id              uuid,
    email                varchar(256) not null,
    type                 varchar(16)  not null,
    status               varchar(16)  not null,
    permissions          varchar(500) not null default ''
);
create index org_member_view_org on org_member_view (organization_id, email);
create index org_member_view_user on org_member_view (user_id, organization_id);

create table org_member_collection (
    organization_user_id uuid    not null,
    collection_id        uuid    not null,
    organization_id      uuid    not null,
    read_only            boolean not null,
    hide_passwords       boolean not null,
    manage               boolean not null,
    primary key (organization_user_id, collection_id)
);

create table org_user_name (
    user_id uuid primary key,
    name    varchar(50)
);
