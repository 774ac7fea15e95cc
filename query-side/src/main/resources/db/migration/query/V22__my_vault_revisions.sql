-- My Vault deltas (GET /vault?since=): every row a user's vault is made of carries the revision of the write that
-- last changed it, the id of its transaction; and what leaves a vault leaves a trace with one. A reader's revision
-- is the oldest transaction its snapshot may not see (pg_snapshot_xmin): whatever it did not see is stamped with
-- that revision or a later one.
create function vault_revision() returns bigint language sql volatile
    as 'select cast(cast(pg_current_xact_id() as text) as bigint)';

alter table vault_item add column revision bigint not null default vault_revision();
-- an item's revision on each of its collections, so that a user's changed items are found collection by collection
alter table vault_item_collection add column revision bigint not null default vault_revision();
alter table vault_item_user add column revision bigint not null default vault_revision();
alter table vault_folder add column revision bigint not null default vault_revision();
alter table vault_collection add column revision bigint not null default vault_revision();
alter table vault_access add column revision bigint not null default vault_revision();
create index vault_item_owner_revision on vault_item (owner_user_id, revision) where owner_user_id is not null;
create index vault_item_collection_revision on vault_item_collection (collection_id, revision);
create index vault_item_user_revision on vault_item_user (user_id, revision);

-- A collection a user stopped reaching, or reaches no longer because the collection is gone.
create table vault_access_removed (
    user_id       uuid   not null,
    collection_id uuid   not null,
    revision      bigint not null default vault_revision(),
    primary key (user_id, collection_id)
);

-- An item that left a collection (reach_id is the collection) or a user's personal vault (reach_id is the user):
-- moved, shared into an organization, purged, or deleted with its organization or collection.
create table vault_item_departure (
    item_id  uuid   not null,
    reach_id uuid   not null,
    revision bigint not null default vault_revision(),
    primary key (reach_id, item_id)
);
create index vault_item_departure_revision on vault_item_departure (reach_id, revision);

create table vault_folder_removed (
    folder_id uuid primary key,
    user_id   uuid   not null,
    revision  bigint not null default vault_revision()
);
create index vault_folder_removed_user on vault_folder_removed (user_id, revision);
