-- When what each user, organization and provider holds last changed: Bitwarden's clients sync only when the
-- revision date of the account moved (GET /api/accounts/revision-date).
create table bitwarden_revision (
    scope_id   uuid primary key,
    revised_at timestamptz not null
);

-- Whose a membership or a folder is: the events that revoke, remove or rename one name only it.
create table bitwarden_owner (
    entity_id uuid primary key,
    user_id   uuid not null
);
