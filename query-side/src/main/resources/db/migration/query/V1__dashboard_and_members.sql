-- Read models of the provider dashboard and of provider membership. Every table belongs to one projection,
-- which truncates it on reset and rebuilds it by replay.

-- projection "dashboard"
create table dashboard_provider (
    provider_id   uuid primary key,
    name          varchar(50)  not null,
    business_name varchar(50),
    type          varchar(16)  not null,
    billing_email varchar(256) not null,
    enabled       boolean      not null,
    created_at    timestamptz  not null
);

create table dashboard_client (
    organization_id uuid primary key,
    provider_id     uuid        not null,
    name            varchar(50) not null,
    sort_name       varchar(50) not null,
    plan            varchar(16) not null,
    seats           integer     not null,
    occupied_seats  integer     not null,
    confirmed_users integer     not null,
    status          varchar(16) not null,
    created_at      timestamptz not null
);
-- One index per sortable column, each ending in the id that breaks ties, so every sorted page is a keyset scan.
create index dashboard_client_by_name on dashboard_client (provider_id, sort_name, organization_id);
create index dashboard_client_by_plan on dashboard_client (provider_id, plan, organization_id);
create index dashboard_client_by_seats on dashboard_client (provider_id, seats, organization_id);
create index dashboard_client_by_occupied on dashboard_client (provider_id, occupied_seats, organization_id);
create index dashboard_client_by_confirmed on dashboard_client (provider_id, confirmed_users, organization_id);
create index dashboard_client_by_status on dashboard_client (provider_id, status, organization_id);
create index dashboard_client_by_created on dashboard_client (provider_id, created_at, organization_id);

-- The member statuses the seat counts are derived from (recounted, so replays and redeliveries stay exact).
create table dashboard_org_member (
    organization_user_id uuid primary key,
    organization_id      uuid        not null,
    status               varchar(16) not null
);
create index dashboard_org_member_org on dashboard_org_member (organization_id);

-- projection "provider-members"
create table provider_member (
    provider_user_id uuid primary key,
    provider_id      uuid         not null,
    user_id          uuid,
    email            varchar(256) not null,
    type             varchar(32)  not null,
    status           varchar(16)  not null
);
create index provider_member_user on provider_member (user_id, provider_id);
create index provider_member_provider on provider_member (provider_id);
