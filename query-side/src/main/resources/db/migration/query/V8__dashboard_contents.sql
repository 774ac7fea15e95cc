-- projection "dashboard": how many live collections and items (trash included) each organization holds. The ids
-- counted are kept, so a redelivered event counts once; rows from before this version count from zero until the
-- dashboard is rebuilt.
alter table dashboard_client
    add column collections integer not null default 0,
    add column items       integer not null default 0;
create index dashboard_client_by_collections on dashboard_client (provider_id, collections, organization_id);
create index dashboard_client_by_items on dashboard_client (provider_id, items, organization_id);

create table dashboard_org_collection (
    collection_id   uuid primary key,
    organization_id uuid not null
);
create index dashboard_org_collection_org on dashboard_org_collection (organization_id);

create table dashboard_org_item (
    item_id         uuid primary key,
    organization_id uuid not null
);
create index dashboard_org_item_org on dashboard_org_item (organization_id);
