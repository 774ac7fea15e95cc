-- projection "provider-members": names of users and of providers, so member lists and "my providers" need no
-- other projection's tables.
create table membership_user (
    user_id uuid primary key,
    email   varchar(256) not null,
    name    varchar(50)
);

create table membership_provider (
    provider_id uuid primary key,
    name        varchar(50) not null,
    type        varchar(16) not null,
    enabled     boolean     not null
);
