-- projection "provider-members": a provider counts as set up once a member is confirmed (the owner, by setting up
-- the provider key, or for providers from before set-up existed, at creation); a reseller created without an
-- owner is not, until its owner sets it up.
alter table membership_provider alter column set_up set default false;
update membership_provider p set set_up = exists (
    select 1 from provider_member m where m.provider_id = p.provider_id and m.status = 'CONFIRMED');
