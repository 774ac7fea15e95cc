-- Providers' default policies (R-02): each client organization records the one that applies to it, and lives
-- under the stricter of that and its own.
create table provider_policy_lookup (
    provider_id uuid        not null,
    type        varchar(64) not null,
    enabled     boolean     not null,
    data        text,
    primary key (provider_id, type)
);

alter table organization_policy_lookup add column provider_enabled boolean not null default false;
