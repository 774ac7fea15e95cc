-- Service Users and technicians limited to some client organizations (R-03); a member without rows here and
-- all_clients set reaches every client of the provider.
alter table provider_member_lookup add column all_clients boolean not null default true;

create table provider_member_scope_lookup (
    provider_user_id uuid not null,
    organization_id  uuid not null,
    primary key (provider_user_id, organization_id)
);
