-- The wrapped keys a client fetches to walk the key chain from its master password alone (docs/keys.md). Rows
-- from before this version hold no key until their projection is rebuilt.

-- projection "provider-members": each confirmed member's copy of the provider key (EncString type 4), and whether
-- the provider's owner has set it up.
alter table provider_member add column key text;
alter table membership_provider add column set_up boolean not null default true;

-- projection "organizations": the organization key wrapped with the provider key (type 2) while the organization
-- is a client, and each confirmed member's copy (type 4).
alter table org_view add column provider_key text;
alter table org_member_view add column key text;

-- projection "dashboard": each client's organization key wrapped with the provider key (type 2).
alter table dashboard_client add column key text;

-- projection "public-keys": every account's public key (base64 SPKI), for those who confirm members.
create table user_public_key (
    user_id    uuid primary key,
    public_key text not null
);
