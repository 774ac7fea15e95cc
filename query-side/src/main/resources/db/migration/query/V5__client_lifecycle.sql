-- projection "dashboard": every organization has a row (provider_id null while it is no client), so one that joins
-- a provider later arrives with its seat counts; and each provider's seat pool per plan.
alter table dashboard_client alter column provider_id drop not null;

create table dashboard_provider_plan (
    provider_id  uuid        not null,
    plan         varchar(16) not null,
    seat_minimum integer     not null,
    primary key (provider_id, plan)
);
