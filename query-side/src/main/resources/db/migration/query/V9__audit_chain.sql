-- projection "audit-chain": one link per stored event, in global order, link = SHA-256(previous link || canonical
-- bytes of the stored event) (docs/operations.md). Positions the store skipped have no row.
create table audit_chain (
    position bigint primary key,
    link     bytea  not null check (octet_length(link) = 32)
);

-- The query side's own key for signing chain heads, created on first use.
create table audit_signing_key (
    id          smallint    primary key check (id = 1),
    kid         varchar(64) not null,
    private_key bytea       not null,
    public_key  bytea       not null
);
