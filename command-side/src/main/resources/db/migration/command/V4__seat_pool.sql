-- The seat pool of each provider (PO-09): seats bought per plan, and each organization's plan and seats, so that
-- what a provider's clients hold in all can be summed per plan.
create table provider_plan_lookup (
    provider_id  uuid        not null,
    plan         varchar(16) not null,
    seat_minimum integer     not null,
    primary key (provider_id, plan)
);

alter table organization_lookup add column plan varchar(16);
alter table organization_lookup add column seats integer;
