-- Refresh tokens rotate within a family (one login); presenting a spent token revokes the whole family, so a
-- stolen token is useless once either party uses it twice.
alter table refresh_token add column family_id uuid;
update refresh_token set family_id = user_id where family_id is null;
alter table refresh_token alter column family_id set not null;
create index refresh_token_family on refresh_token (family_id);
