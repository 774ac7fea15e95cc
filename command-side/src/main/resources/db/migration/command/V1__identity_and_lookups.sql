-- Command-side tables: identity (never exposed to queries) and the lookup tables that set-based rules and
-- authorization check. Lookups are written by subscribing processors in the same transaction as the events.

create table identity_user (
    user_id               uuid primary key,
    email                 varchar(256) not null unique,
    name                  varchar(50),
    kdf                   smallint     not null,
    kdf_iterations        integer      not null,
    user_key              text         not null,
    public_key            text         not null,
    encrypted_private_key text         not null
);

-- The server's slow hash of each client's master password hash: the only password-derived data stored.
create table credential (
    user_id       uuid primary key,
    password_hash varchar(500) not null
);

create table refresh_token (
    token_hash char(64) primary key,
    user_id    uuid        not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    revoked_at timestamptz
);
create index refresh_token_user on refresh_token (user_id);

create table ops_client (
    id          uuid primary key,
    client_id   varchar(100) not null unique,
    secret_hash varchar(500) not null,
    role        varchar(32)  not null
);

create table signing_key (
    id          smallint primary key check (id = 1),
    kid         varchar(64) not null,
    private_key bytea       not null,
    public_key  bytea       not null
);

create table provider_lookup (
    provider_id   uuid primary key,
    type          varchar(16)  not null,
    enabled       boolean      not null,
    billing_email varchar(256) not null
);

create table provider_member_lookup (
    provider_user_id uuid primary key,
    provider_id      uuid         not null,
    user_id          uuid,
    email            varchar(256) not null,
    type             varchar(32)  not null,
    status           varchar(16)  not null,
    unique (provider_id, email)
);
create index provider_member_lookup_user on provider_member_lookup (user_id, provider_id);

create table client_lookup (
    organization_id uuid primary key,
    provider_id     uuid not null
);
create index client_lookup_provider on client_lookup (provider_id);
