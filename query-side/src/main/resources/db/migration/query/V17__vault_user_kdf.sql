-- The account's key derivation, for clients that unlock with what the sync says (Bitwarden's userDecryption).
alter table vault_user add column kdf integer;
alter table vault_user add column kdf_iterations integer;

update vault_user u
set kdf = case registered.payload ->> 'kdf' when 'ARGON2ID' then 1 else 0 end,
    kdf_iterations = (registered.payload ->> 'kdfIterations')::integer
from (select convert_from(payload, 'UTF8')::jsonb as payload from domain_event_entry
      where payload_type = 'io.providerportal.events.identity.UserRegistered') registered
where u.user_id = (registered.payload ->> 'userId')::uuid;
