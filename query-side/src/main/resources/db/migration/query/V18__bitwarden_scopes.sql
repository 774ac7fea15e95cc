-- Whose account a change reaches, kept by the bitwarden-revisions projection itself: the organizations and
-- providers each user is a confirmed member of (active: not revoked), and the provider that manages each client.
create table bitwarden_member (
    user_id  uuid    not null,
    scope_id uuid    not null,
    active   boolean not null,
    primary key (user_id, scope_id)
);

create table bitwarden_client (
    organization_id uuid primary key,
    provider_id     uuid not null
);
