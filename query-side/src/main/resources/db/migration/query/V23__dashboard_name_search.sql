-- Searching a provider's clients for a part of their name (sort_name like '%part%') walked all of the provider's
-- clients in name order when few matched: 273 ms at 100,000 clients. A trigram index finds the few that do.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the database's owner may create it.
create extension if not exists pg_trgm;

create index dashboard_client_by_name_part on dashboard_client using gin (sort_name gin_trgm_ops);
