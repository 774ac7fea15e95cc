-- My Vault deltas (GET /vault?since=): the global position of the last event that changed what users see of an
-- item, of one user's placement of it, and of the access each user has; and the items purged, so that a client
-- that still holds one learns to drop it. Positions are the events' own, so a rebuild stamps the same ones.

-- projection "vault-items"
alter table vault_item add column change_position bigint not null default 0;
create index vault_item_owner_change on vault_item (owner_user_id, change_position) where owner_user_id is not null;
create index vault_item_org_change on vault_item (organization_id, change_position) where organization_id is not null;

alter table vault_item_user add column change_position bigint not null default 0;
create index vault_item_user_change on vault_item_user (user_id, change_position);

create table vault_item_purge (
    item_id         uuid primary key,
    organization_id uuid,
    owner_user_id   uuid,
    position        bigint not null
);
create index vault_item_purge_position on vault_item_purge (position);

-- projection "vault-access": when each user's precomputed access last changed, in whichever way
create table vault_access_change (
    user_id  uuid primary key,
    position bigint not null
);
