-- Who reaches which collection, for the authorization of item commands (C-03, V-12), and whose folder is whose.
alter table organization_lookup add column allow_admin_access boolean not null default true;

create table collection_lookup (
    collection_id   uuid primary key,
    organization_id uuid not null
);
create index collection_lookup_organization on collection_lookup (organization_id);

create table collection_member_access_lookup (
    organization_user_id uuid    not null,
    collection_id        uuid    not null,
    read_only            boolean not null,
    hide_passwords       boolean not null,
    manage               boolean not null,
    primary key (organization_user_id, collection_id)
);
create index collection_member_access_lookup_collection on collection_member_access_lookup (collection_id);

create table collection_group_access_lookup (
    group_id       uuid    not null,
    collection_id  uuid    not null,
    read_only      boolean not null,
    hide_passwords boolean not null,
    manage         boolean not null,
    primary key (group_id, collection_id)
);
create index collection_group_access_lookup_collection on collection_group_access_lookup (collection_id);

create table group_member_lookup (
    organization_user_id uuid not null,
    group_id             uuid not null,
    primary key (organization_user_id, group_id)
);
create index group_member_lookup_group on group_member_lookup (group_id);

create table folder_lookup (
    folder_id uuid primary key,
    user_id   uuid not null
);

-- Lookups are kept by subscribing processors, which never replay: fill the new ones from the events already
-- stored. Until now collections were never deleted, so the newest access or membership event of each pair decides.
create temporary table stored_event as
select global_index, substring(payload_type from '[^.]+$') as type, convert_from(payload, 'UTF8')::jsonb as p
from domain_event_entry
where payload_type in ('io.providerportal.events.organization.CollectionCreated',
                       'io.providerportal.events.organization.CollectionMemberAccessSet',
                       'io.providerportal.events.organization.CollectionMemberAccessRemoved',
                       'io.providerportal.events.organization.CollectionGroupAccessSet',
                       'io.providerportal.events.organization.CollectionGroupAccessRemoved',
                       'io.providerportal.events.organization.GroupMemberAdded',
                       'io.providerportal.events.organization.GroupMemberRemoved',
                       'io.providerportal.events.organization.GroupDeleted',
                       'io.providerportal.events.organization.OrganizationUserRemoved');

insert into collection_lookup (collection_id, organization_id)
select (p ->> 'collectionId')::uuid, (p ->> 'organizationId')::uuid from stored_event where type = 'CollectionCreated';

insert into collection_member_access_lookup
select member, collection, read_only, hide_passwords, manage
from (select (p ->> 'organizationUserId')::uuid as member, (p ->> 'collectionId')::uuid as collection,
             (p ->> 'readOnly')::boolean as read_only, (p ->> 'hidePasswords')::boolean as hide_passwords,
             (p ->> 'manage')::boolean as manage, type,
             row_number() over (partition by p ->> 'organizationUserId', p ->> 'collectionId'
                                order by global_index desc) as newest
      from stored_event where type in ('CollectionMemberAccessSet', 'CollectionMemberAccessRemoved')) access
where newest = 1 and type = 'CollectionMemberAccessSet'
  and member not in (select (p ->> 'organizationUserId')::uuid from stored_event where type = 'OrganizationUserRemoved');

insert into collection_group_access_lookup
select grp, collection, read_only, hide_passwords, manage
from (select (p ->> 'groupId')::uuid as grp, (p ->> 'collectionId')::uuid as collection,
             (p ->> 'readOnly')::boolean as read_only, (p ->> 'hidePasswords')::boolean as hide_passwords,
             (p ->> 'manage')::boolean as manage, type,
             row_number() over (partition by p ->> 'groupId', p ->> 'collectionId' order by global_index desc) as newest
      from stored_event where type in ('CollectionGroupAccessSet', 'CollectionGroupAccessRemoved')) access
where newest = 1 and type = 'CollectionGroupAccessSet'
  and grp not in (select (p ->> 'groupId')::uuid from stored_event where type = 'GroupDeleted');

insert into group_member_lookup
select member, grp
from (select (p ->> 'organizationUserId')::uuid as member, (p ->> 'groupId')::uuid as grp, type,
             row_number() over (partition by p ->> 'organizationUserId', p ->> 'groupId'
                                order by global_index desc) as newest
      from stored_event where type in ('GroupMemberAdded', 'GroupMemberRemoved')) membership
where newest = 1 and type = 'GroupMemberAdded'
  and grp not in (select (p ->> 'groupId')::uuid from stored_event where type = 'GroupDeleted')
  and member not in (select (p ->> 'organizationUserId')::uuid from stored_event where type = 'OrganizationUserRemoved');

drop table stored_event;
