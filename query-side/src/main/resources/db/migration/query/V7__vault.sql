-- Read models of the vault.

-- projection "vault-access": organizations, members, groups and collections with the access rows events set, and
-- from them the access each confirmed member of an enabled organization has to each collection (vault_access),
-- recomputed when one of them changes, so that no read expands groups.
create table vault_organization (
    organization_id                 uuid primary key,
    provider_id                     uuid,
    name                            varchar(50) not null,
    enabled                         boolean     not null,
    limit_collection_creation       boolean     not null default false,
    limit_collection_deletion       boolean     not null default false,
    allow_admin_access_to_all_items boolean     not null default true
);

create table vault_member (
    organization_user_id uuid primary key,
    organization_id      uuid         not null,
    user_id              uuid,
    type                 varchar(16)  not null,
    status               varchar(16)  not null,
    permissions          varchar(500) not null default '',
    key                  text
);
create index vault_member_user on vault_member (user_id, organization_id);

create table vault_collection (
    collection_id   uuid primary key,
    organization_id uuid not null,
    name            text not null
);
create index vault_collection_org on vault_collection (organization_id);

create table vault_member_access (
    organization_user_id uuid    not null,
    collection_id        uuid    not null,
    organization_id      uuid    not null,
    read_only            boolean not null,
    hide_passwords       boolean not null,
    manage               boolean not null,
    primary key (organization_user_id, collection_id)
);
create index vault_member_access_collection on vault_member_access (collection_id);
create index vault_member_access_org on vault_member_access (organization_id);

create table vault_group_member (
    group_id             uuid not null,
    organization_user_id uuid not null,
    organization_id      uuid not null,
    primary key (group_id, organization_user_id)
);
create index vault_group_member_member on vault_group_member (organization_user_id);

create table vault_group_access (
    group_id        uuid    not null,
    collection_id   uuid    not null,
    organization_id uuid    not null,
    read_only       boolean not null,
    hide_passwords  boolean not null,
    manage          boolean not null,
    primary key (group_id, collection_id)
);
create index vault_group_access_collection on vault_group_access (collection_id);
create index vault_group_access_org on vault_group_access (organization_id);

create table vault_access (
    organization_user_id uuid    not null,
    collection_id        uuid    not null,
    user_id              uuid    not null,
    organization_id      uuid    not null,
    read_only            boolean not null,
    hide_passwords       boolean not null,
    manage               boolean not null,
    primary key (organization_user_id, collection_id)
);
create index vault_access_user on vault_access (user_id, collection_id) include (read_only, hide_passwords, manage);
create index vault_access_collection on vault_access (collection_id);
create index vault_access_org on vault_access (organization_id);

-- projection "vault-items": items with their collections, each user's own folder and favourite for an item, and
-- users' folders and profiles.
create table vault_item (
    item_id         uuid primary key,
    organization_id uuid,
    owner_user_id   uuid,
    type            varchar(16) not null,
    data            jsonb       not null,
    key             text,
    reprompt        boolean     not null,
    creation_date   timestamptz not null,
    revision_date   timestamptz not null,
    deleted_date    timestamptz
);
create index vault_item_owner on vault_item (owner_user_id) where owner_user_id is not null;
create index vault_item_org on vault_item (organization_id, item_id) where organization_id is not null;

create table vault_item_collection (
    item_id       uuid not null,
    collection_id uuid not null,
    primary key (item_id, collection_id)
);
create index vault_item_collection_collection on vault_item_collection (collection_id, item_id);

create table vault_item_user (
    item_id   uuid    not null,
    user_id   uuid    not null,
    folder_id uuid,
    favorite  boolean not null default false,
    primary key (item_id, user_id)
);
create index vault_item_user_folder on vault_item_user (user_id, folder_id);

create table vault_folder (
    folder_id uuid primary key,
    user_id   uuid not null,
    name      text not null
);
create index vault_folder_user on vault_folder (user_id);

create table vault_user (
    user_id uuid primary key,
    email   varchar(256) not null,
    name    varchar(50)
);
