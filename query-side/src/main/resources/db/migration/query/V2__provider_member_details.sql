-- projection "provider-members": names of users and of providers, so member lists and "my providers" need no
-- other projection's tables.
create table provider_member_user (
    user_id uuid primary key,
    email   varchar(256) not null,
    name    varchar(50)
);

create table provider_member_provider (
    provider_id uuid primary key,
    name        varchar(50) not null,
    type        varchar(16) not null,
    enabled     boolean     not null
);
