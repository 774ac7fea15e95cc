-- Providers' default policies (R-02), and the one each client records as applying to it; a client lives under
-- the stricter of that and its own (org_policy), combined when read.
create table provider_policy (
    provider_id uuid        not null,
    type        varchar(40) not null,
    enabled     boolean     not null,
    data        text,
    primary key (provider_id, type)
);

create table org_provider_policy (
    organization_id uuid        not null,
    type            varchar(40) not null,
    enabled         boolean     not null,
    data            text,
    primary key (organization_id, type)
);
