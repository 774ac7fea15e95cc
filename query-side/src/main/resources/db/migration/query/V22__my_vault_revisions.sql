-- My Vault deltas (GET /vault?since=): every row a user's vault is made of carries the id of the transaction that
-- last wrote it, and what leaves a vault leaves a stamped trace. A reader's revision is the oldest transaction its
-- snapshot may not see (pg_snapshot_xmin): whatever it did not see is written by that transaction or a later one.
alter table vault_item add column revision xid8 not null default pg_current_xact_id();
alter table vault_item_user add column revision xid8 not null default pg_current_xact_id();
alter table vault_folder add column revision xid8 not null default pg_current_xact_id();
alter table vault_collection add column revision xid8 not null default pg_current_xact_id();
alter table vault_access add column revision xid8 not null default pg_current_xact_id();
create index vault_item_revision on vault_item (revision);
create index vault_item_user_revision on vault_item_user (user_id, revision);

-- A collection a user stopped reaching, or reaches no longer because the collection is gone.
create table vault_access_removed (
    user_id       uuid not null,
    collection_id uuid not null,
    revision      xid8 not null default pg_current_xact_id(),
    primary key (user_id, collection_id)
);
create index vault_access_removed_revision on vault_access_removed (user_id, revision);

-- An item that left a collection (reach_id is the collection) or a user's personal vault (reach_id is the user):
-- by being moved, shared into an organization, purged, or deleted with its organization or collection.
create table vault_item_departure (
    item_id  uuid not null,
    reach_id uuid not null,
    revision xid8 not null default pg_current_xact_id(),
    primary key (reach_id, item_id)
);
create index vault_item_departure_revision on vault_item_departure (reach_id, revision);

create table vault_folder_removed (
    folder_id uuid primary key,
    user_id   uuid not null,
    revision  xid8 not null default pg_current_xact_id()
);
create index vault_folder_removed_user on vault_folder_removed (user_id, revision);
