-- The account's own encrypted keys, for clients that read them with the vault (Bitwarden's sync profile).
alter table vault_user add column key text;
alter table vault_user add column encrypted_private_key text;

update vault_user u
set key = registered.payload ->> 'key', encrypted_private_key = registered.payload ->> 'encryptedPrivateKey'
from (select convert_from(payload, 'UTF8')::jsonb as payload from domain_event_entry
      where payload_type = 'io.providerportal.events.identity.UserRegistered') registered
where u.user_id = (registered.payload ->> 'userId')::uuid;
