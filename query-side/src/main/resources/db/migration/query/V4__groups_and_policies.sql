-- projection "organizations": groups with their members and collection access, and policies.
create table org_group (
    group_id        uuid primary key,
    organization_id uuid         not null,
    name            varchar(100) not null
);
create index org_group_org on org_group (organization_id, name);

create table org_group_member (
    group_id             uuid not null,
    organization_user_id uuid not null,
    primary key (group_id, organization_user_id)
);
create index org_group_member_member on org_group_member (organization_user_id);

create table org_group_collection (
    group_id       uuid    not null,
    collection_id  uuid    not null,
    read_only      boolean not null,
    hide_passwords boolean not null,
    manage         boolean not null,
    primary key (group_id, collection_id)
);

create table org_policy (
    organization_id uuid        not null,
    type            varchar(40) not null,
    enabled         boolean     not null,
    data            text,
    primary key (organization_id, type)
);
