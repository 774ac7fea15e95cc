-- A provider takes member and client commands once its owner has set up the provider key (ProviderSetUp).
-- Providers created before that existed were given a confirmed owner at creation (ProviderUserAdded): they stay
-- set up. One created without any member (a reseller without an owner) now waits for an owner to set it up.
alter table provider_lookup add column set_up boolean not null default false;
update provider_lookup p set set_up = exists (
    select 1 from provider_member_lookup m where m.provider_id = p.provider_id and m.status = 'CONFIRMED');
