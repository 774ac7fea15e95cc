-- Service Users and technicians limited to some client organizations (R-03).
alter table provider_member add column all_clients boolean not null default true;

create table provider_member_scope (
    provider_user_id uuid not null,
    organization_id  uuid not null,
    primary key (provider_user_id, organization_id)
);
