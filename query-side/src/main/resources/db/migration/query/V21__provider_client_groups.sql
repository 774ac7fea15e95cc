-- Client groups (R-03): named sets of a provider's clients, and which groups a scoped member reaches.
create table provider_client_group (
    client_group_id uuid primary key,
    provider_id     uuid         not null,
    name            varchar(100) not null
);
create index provider_client_group_provider on provider_client_group (provider_id);

create table provider_client_group_client (
    client_group_id uuid not null,
    organization_id uuid not null,
    primary key (client_group_id, organization_id)
);
create index provider_client_group_client_organization on provider_client_group_client (organization_id);

create table provider_member_group_scope (
    provider_user_id uuid not null,
    client_group_id  uuid not null,
    primary key (provider_user_id, client_group_id)
);
create index provider_member_group_scope_group on provider_member_group_scope (client_group_id);
