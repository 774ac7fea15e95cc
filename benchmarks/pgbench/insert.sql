-- One event-shaped row per transaction (pgbench autocommits each statement): what one command appends.
insert into domain_event_entry values (
    nextval('domain_event_entry_seq'), gen_random_uuid()::text, now()::text,
    'io.providerportal.events.vault.VaultItemFavoriteSet', '1',
    convert_to('{"itemId":"' || gen_random_uuid() || '","userId":"' || gen_random_uuid() || '","favorite":true}', 'UTF8'),
    convert_to('{"actorId":"' || gen_random_uuid() || '","actorType":"USER","ipAddress":"127.0.0.1"}', 'UTF8'),
    'VaultItem', gen_random_uuid()::text, 0);
