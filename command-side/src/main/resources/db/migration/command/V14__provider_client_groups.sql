-- Client groups (R-03): which clients each group holds, and which groups a scoped member reaches.
create table provider_client_group_lookup (
    client_group_id uuid not null,
    provider_id     uuid not null,
    organization_id uuid not null,
    primary key (client_group_id, organization_id)
);
create index provider_client_group_lookup_organization on provider_client_group_lookup (organization_id);

create table provider_member_group_scope_lookup (
    provider_user_id uuid not null,
    client_group_id  uuid not null,
    primary key (provider_user_id, client_group_id)
);
create index provider_member_group_scope_lookup_group on provider_member_group_scope_lookup (client_group_id);
